"""The aiokafka loop: collect a batch, hand it to the BatchHandler, then commit its offsets.

Offsets are committed only after the handler returns, that is after the database transaction
has committed: a crash in between replays the batch, and the idempotent writes absorb it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError

from newsflow_runtime.envelope import InboundMessage
from newsflow_runtime.logging import batch_traces, traces_by_key
from newsflow_runtime.tracing import TRACEPARENT, header_value
from newsflow_store.adapters.batch_handler import BatchHandler, StopRequested
from newsflow_store.settings import StoreSettings

log = logging.getLogger(__name__)

SOURCE = "newsflow/store"
Records = list[ConsumerRecord[bytes, bytes]]


def build_consumer(settings: StoreSettings) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        settings.enriched_topic,
        bootstrap_servers=settings.kafka_bootstrap_servers,
        group_id=settings.store_consumer_group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        client_id=SOURCE,
    )


def inbound(record: ConsumerRecord[bytes, bytes]) -> InboundMessage:
    return InboundMessage(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        key=record.key,
        value=record.value or b"",  # A tombstone is not an article: it is dead-lettered.
        traceparent=header_value(record.headers, TRACEPARENT),
        headers=tuple(record.headers),
    )


def next_offsets(records: Sequence[ConsumerRecord[bytes, bytes]]) -> dict[TopicPartition, int]:
    """The offsets to commit: one past the last record of each partition."""
    offsets: dict[TopicPartition, int] = {}
    for record in records:
        tp = TopicPartition(record.topic, record.partition)
        offsets[tp] = max(offsets.get(tp, 0), record.offset + 1)
    return offsets


class StoreConsumer:
    def __init__(
        self,
        consumer: AIOKafkaConsumer,
        handler: BatchHandler,
        batch_size: int,
        batch_timeout_ms: int,
    ) -> None:
        self._consumer = consumer
        self._handler = handler
        self._batch_size = batch_size
        self._batch_timeout = batch_timeout_ms / 1000

    async def run(self, stop: asyncio.Event) -> None:
        """Consumes until `stop` is set; the batch in hand is finished and committed first."""
        while not stop.is_set():
            records = await self._collect(stop)
            if not records:
                continue
            try:
                with batch_traces(traces_by_key((r.key, r.headers) for r in records)):
                    await self._handler.handle([inbound(r) for r in records], stop)
            except StopRequested:
                log.warning(
                    "stopping with %d records unwritten; they will be redelivered", len(records)
                )
                return
            await self._commit(records)

    async def _collect(self, stop: asyncio.Event) -> Records:
        """Fills a batch up to its size, or for at most the batch timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._batch_timeout
        records: Records = []
        while len(records) < self._batch_size and not stop.is_set():
            remaining_ms = int((deadline - loop.time()) * 1000)
            if remaining_ms <= 0:
                break
            fetched = await self._consumer.getmany(
                timeout_ms=remaining_ms, max_records=self._batch_size - len(records)
            )
            records.extend(record for batch in fetched.values() for record in batch)
        return records

    async def _commit(self, records: Records) -> None:
        assigned = self._consumer.assignment()
        offsets = {tp: o for tp, o in next_offsets(records).items() if tp in assigned}
        try:
            if offsets:
                await self._consumer.commit(offsets)
        except CommitFailedError:
            # A rebalance took the partitions away; their new owner replays the batch harmlessly.
            log.warning("offset commit failed after a rebalance; the batch will be replayed")
