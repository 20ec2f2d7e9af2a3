"""One single-partition topic that every enrich worker appends to and reads in full.

The partition's offsets are one total order over all workers. A worker appends its
records, then waits until its own reader has folded the log up to them; whatever it then
decides from its folded state, every other worker decides the same way. Subclasses say
how a record is folded (docs/near-duplicates.md, docs/stories.md)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from abc import ABC, abstractmethod
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from newsflow_runtime.envelope import cloudevent_headers
from newsflow_runtime.kafka import build_consumer, build_producer
from newsflow_runtime.kafka_access import start_client
from newsflow_runtime.kafka_settings import KafkaSettings

log = logging.getLogger(__name__)

CATCH_UP_TIMEOUT_SECONDS = 60.0
READER_CHECK_SECONDS = 1.0


class OrderedLog(ABC):
    # Internal to enrich, but like every newsflow topic its records carry CloudEvents headers.
    event_type: str
    client_id: str
    name: str  # in logs and task names: "signature-log", "story-log"

    def __init__(
        self, kafka: KafkaSettings, topic: str, reader_dies_after: int | None = None
    ) -> None:
        self._kafka = kafka
        # Fault injection for the failure tests: the reader task dies after this many records.
        self._reader_dies_after = reader_dies_after
        self._partition = TopicPartition(topic, 0)
        # aiokafka clients belong to the loop they are made in: Faust's, made at start().
        self._producer: AIOKafkaProducer | None = None
        self._consumer: AIOKafkaConsumer | None = None
        self._read_up_to = 0  # the next offset this worker has not read yet
        self._progress = asyncio.Condition()
        self._reader: asyncio.Task[None] | None = None
        self._starting = asyncio.Lock()

    @abstractmethod
    def _index_record(self, value: bytes | None, offset: int) -> None:
        """Folds one record into this worker's state; never raises for a bad record."""

    async def start(self) -> None:
        async with self._starting:
            if self._reader is not None:
                return
            self._producer = build_producer(self._kafka, self.client_id)
            await start_client(self._producer, self._kafka)
            await self._start_reader()

    async def stop(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.gather(self._reader, return_exceptions=True)
            self._reader = None
        if self._consumer is not None:
            await self._consumer.stop()
        if self._producer is not None:
            await self._producer.stop()

    async def append_and_catch_up(self, records: Sequence[tuple[str, bytes]]) -> None:
        """Appends (key, value) records, then waits until this worker has folded them."""
        if not records:
            return
        producer = await self._started_producer()
        headers = cloudevent_headers(self.event_type, source="newsflow/enrich")
        sent = [
            await producer.send(
                self._partition.topic, value, key=key.encode(), partition=0, headers=headers
            )
            for key, value in records
        ]
        offsets = [metadata.offset for metadata in await asyncio.gather(*sent)]
        await self._caught_up(max(offsets) + 1)

    async def _start_reader(self) -> None:
        """Reads the log from where this worker's state stops: the start, the first time."""
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
        self._reader = asyncio.create_task(reader, name=f"{self.name}-reader")

    async def _started_producer(self) -> AIOKafkaProducer:
        await self.start()
        assert self._producer is not None
        return self._producer

    async def _caught_up(self, offset: int) -> None:
        """Waits until the reader has folded the log up to `offset`, restarting a dead reader;
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
        log.error("%s reader died (%r); restarting it at %d", self.name, error, self._read_up_to)
        await self._start_reader()

    async def _read_forever(self, consumer: AIOKafkaConsumer) -> None:
        read = 0
        while True:
            batches = await consumer.getmany(self._partition, timeout_ms=500)
            for message in batches.get(self._partition, []):
                if self._reader_dies_after is not None and read >= self._reader_dies_after:
                    self._reader_dies_after = None  # once: the restarted reader lives on
                    raise RuntimeError(f"injected fault: the {self.name} reader dies")
                self._index_record(message.value, message.offset)
                self._read_up_to = message.offset + 1
                read += 1
            async with self._progress:
                self._progress.notify_all()
