"""Near-duplicate decisions that every enrich worker agrees on, whatever the timing.

Each worker appends its articles' MinHash signatures to one single-partition topic, and
reads that whole topic into its own index. The partition's offsets are a total order
over all workers: an article is a near-duplicate only of articles *earlier in that log*,
and a worker decides only once it has read the log up to its own records. Two
near-duplicates enriched at the same moment on two workers are therefore judged the same
way on both: the one whose signature landed first is the original. A redelivered article
keeps the position of its first record, so replays change nothing (docs/near-duplicates.md)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from newsflow_enrich.domain.near_duplicates import NearDuplicateIndex, Signature, signature
from newsflow_runtime.envelope import cloudevent_headers
from newsflow_runtime.kafka import build_consumer, build_producer
from newsflow_runtime.kafka_access import start_client
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import RawArticle

log = logging.getLogger(__name__)

# Internal to enrich, but like every newsflow topic its records carry CloudEvents headers.
SIGNATURE_EVENT_TYPE = "dev.newsflow.enrich.signature-logged.v1"
CATCH_UP_TIMEOUT_SECONDS = 60.0
READER_CHECK_SECONDS = 1.0


def encode_signature(article_id: str, sig: Signature) -> bytes:
    return json.dumps({"v": 1, "article_id": article_id, "minhash": sig.hashvalues}).encode()


def decode_signature(value: bytes) -> tuple[str, Signature]:
    record = json.loads(value)
    return str(record["article_id"]), Signature(tuple(int(v) for v in record["minhash"]))


class SignatureLog:
    def __init__(
        self,
        kafka: KafkaSettings,
        topic: str,
        index: NearDuplicateIndex,
        reader_dies_after: int | None = None,
    ) -> None:
        self._kafka = kafka
        # Fault injection for the failure tests: the reader task dies after this many records.
        self._reader_dies_after = reader_dies_after
        self._partition = TopicPartition(topic, 0)
        self._index = index
        # aiokafka clients belong to the loop they are made in: Faust's, made at start().
        self._producer: AIOKafkaProducer | None = None
        self._consumer: AIOKafkaConsumer | None = None
        self._read_up_to = 0  # the next offset this worker has not read yet
        self._progress = asyncio.Condition()
        self._reader: asyncio.Task[None] | None = None
        self._starting = asyncio.Lock()

    async def start(self) -> None:
        async with self._starting:
            if self._reader is not None:
                return
            self._producer = build_producer(self._kafka, "newsflow/enrich-signatures")
            await start_client(self._producer, self._kafka)
            await self._start_reader()

    async def _start_reader(self) -> None:
        """Reads the log from where this worker's index stops: the start, the first time."""
        if self._consumer is not None:
            await self._consumer.stop()
        self._consumer = build_consumer(
            self._kafka, group_id=None, enable_auto_commit=False, auto_offset_reset="earliest"
        )
        await start_client(self._consumer, self._kafka)
        self._consumer.assign([self._partition])
        if self._read_up_to:
            self._consumer.seek(self._partition, self._read_up_to)
        else:
            await self._consumer.seek_to_beginning(self._partition)
        reader = self._read_forever(self._consumer)
        self._reader = asyncio.create_task(reader, name="signature-log-reader")

    async def stop(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.gather(self._reader, return_exceptions=True)
            self._reader = None
        if self._consumer is not None:
            await self._consumer.stop()
        if self._producer is not None:
            await self._producer.stop()

    async def earlier_duplicates(self, articles: Sequence[RawArticle]) -> dict[str, str]:
        """{article_id: the earliest near-duplicate logged before it} for this batch."""
        signed = [(a.article_id, sig) for a in articles if (sig := signature(a.body))]
        if not signed:
            return {}
        producer = await self._started_producer()
        sent = [
            await producer.send(
                self._partition.topic,
                encode_signature(article_id, sig),
                key=article_id.encode(),
                partition=0,
                headers=cloudevent_headers(SIGNATURE_EVENT_TYPE, source="newsflow/enrich"),
            )
            for article_id, sig in signed
        ]
        offsets = [metadata.offset for metadata in await asyncio.gather(*sent)]
        await self._caught_up(max(offsets) + 1)
        return {
            article_id: match
            for article_id, sig in signed
            if (match := self._earliest_match(article_id, sig)) is not None
        }

    async def _started_producer(self) -> AIOKafkaProducer:
        await self.start()
        assert self._producer is not None
        return self._producer

    def _earliest_match(self, article_id: str, sig: Signature) -> str | None:
        position = self._index.position(article_id)
        assert position is not None, "read past our own record, so it must be indexed"
        return self._index.earliest_match(article_id, sig, before=position)

    async def _caught_up(self, offset: int) -> None:
        """Waits until the reader has indexed the log up to `offset`, restarting a dead reader;
        raises TimeoutError, which the caller may retry, if it never gets there."""
        async with asyncio.timeout(CATCH_UP_TIMEOUT_SECONDS):
            while self._read_up_to < offset:
                await self._revive_dead_reader()
                async with self._progress:
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(READER_CHECK_SECONDS):
                            await self._progress.wait_for(lambda: self._read_up_to >= offset)

    async def _revive_dead_reader(self) -> None:
        if self._reader is None or not self._reader.done():
            return
        error = None if self._reader.cancelled() else self._reader.exception()
        log.error("signature-log reader died (%r); restarting it at %d", error, self._read_up_to)
        await self._start_reader()

    async def _read_forever(self, consumer: AIOKafkaConsumer) -> None:
        read = 0
        while True:
            batches = await consumer.getmany(self._partition, timeout_ms=500)
            for message in batches.get(self._partition, []):
                if self._reader_dies_after is not None and read >= self._reader_dies_after:
                    self._reader_dies_after = None  # once: the restarted reader lives on
                    raise RuntimeError("injected fault: the signature-log reader dies")
                self._index_record(message.value, message.offset)
                self._read_up_to = message.offset + 1
                read += 1
            async with self._progress:
                self._progress.notify_all()

    def _index_record(self, value: bytes | None, offset: int) -> None:
        try:
            article_id, sig = decode_signature(value or b"")
        except (ValueError, KeyError, TypeError):
            log.warning("skipping an unreadable signature at offset %s", offset)
            return
        self._index.add(article_id, sig, offset)
