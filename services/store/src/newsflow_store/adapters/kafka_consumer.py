"""The aiokafka loop: collect a batch, hand it to the BatchHandler, then commit its offsets.

Offsets are committed only after the handler returns, that is after the database transaction
has committed and every dead letter is on the broker: a crash in between replays the batch,
and the idempotent writes absorb it. A batch has three ways out, as in quix-streams' sinks:
durable, then committed; not durable (a dead letter the broker refused), then replayed after
a pause; or a stop, with nothing committed, for redelivery. A batch held past its deadline,
replays included, makes the store stuck: unready, and newsflow_stage_stuck is 1.

While a batch is written, the next one is collected and prepared (decoded, its rows made:
`adapters/overlap.py`), so that the store's CPU and PostgreSQL's work at the same time. The
prepared batch is written only after the one before it is committed, and its offsets are
committed only after its own write, as any batch's; a stop drops it uncommitted."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError

from newsflow_runtime.envelope import InboundMessage, inbound_message
from newsflow_runtime.kafka import build_consumer as build_kafka_consumer
from newsflow_runtime.kafka import is_transient as kafka_is_transient
from newsflow_runtime.logging import batch_traces, traces_by_key
from newsflow_runtime.metrics import StageMetrics
from newsflow_runtime.retry import RetryPolicy, StopRequested
from newsflow_runtime.watchdog import Watchdog
from newsflow_store.adapters.batch_handler import (
    STORE_RETRY,
    BatchHandler,
    DeadLetterFailed,
    PreparedBatch,
)
from newsflow_store.adapters.overlap import overlapped
from newsflow_store.settings import StoreSettings

log = logging.getLogger(__name__)

SOURCE = "newsflow/store"
Records = list[ConsumerRecord[bytes, bytes]]
POLL_SECONDS = 0.5
# After a cancelled batch: time for its clean-up to begin, not to finish (a dead link's may not).
ABANDON_SECONDS = 1.0


def build_consumer(settings: StoreSettings) -> AIOKafkaConsumer:
    return build_kafka_consumer(
        settings.kafka,
        settings.enriched_topic,
        group_id=settings.store_consumer_group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        client_id=SOURCE,
    )


def inbound(record: ConsumerRecord[bytes, bytes]) -> InboundMessage:
    return inbound_message(
        record.topic, record.partition, record.offset, record.key, record.value, record.headers
    )


def next_offsets(records: Sequence[ConsumerRecord[bytes, bytes]]) -> dict[TopicPartition, int]:
    """The offsets to commit: one past the last record of each partition."""
    offsets: dict[TopicPartition, int] = {}
    for record in records:
        tp = TopicPartition(record.topic, record.partition)
        offsets[tp] = max(offsets.get(tp, 0), record.offset + 1)
    return offsets


@dataclass(frozen=True)
class Batching:
    """How big a batch grows, and how long it may take: before the store counts as stuck,
    and after a stop request."""

    size: int = 500
    timeout_seconds: float = 0.5
    stuck_after_seconds: float = 30.0
    stop_grace_seconds: float = 3.0
    replay_pause_seconds: float = 5.0

    @classmethod
    def from_settings(cls, settings: StoreSettings) -> Batching:
        return cls(
            size=settings.store_batch_size,
            timeout_seconds=settings.store_batch_timeout_ms / 1000,
            stuck_after_seconds=settings.store_stuck_after_seconds,
            stop_grace_seconds=settings.store_stop_grace_seconds,
        )


class StoreConsumer:
    def __init__(
        self,
        consumer: AIOKafkaConsumer,
        handler: BatchHandler,
        batching: Batching,
        watchdog: Watchdog,
        metrics: StageMetrics,
        retry: RetryPolicy = STORE_RETRY,
    ) -> None:
        self._consumer = consumer
        self._handler = handler
        self._batching = batching
        self._watchdog = watchdog
        self._metrics = metrics
        self._retry = retry

    async def run(self, stop: asyncio.Event) -> None:
        """Consumes until `stop` is set. The batch in hand then has the stop grace to finish
        and be committed; else it is abandoned, uncommitted, for redelivery, and so is the
        next batch, prepared meanwhile."""

        async def finish(records: Records, prepared: PreparedBatch) -> bool:
            return not stop.is_set() and await self._process(records, prepared, stop)

        await overlapped(self._batches(stop), self._prepare, finish)

    async def _batches(self, stop: asyncio.Event) -> AsyncGenerator[Records, None]:
        while not stop.is_set():
            if records := await self._collect(stop):
                yield records

    async def _prepare(self, records: Records) -> PreparedBatch:
        return await self._handler.prepare([inbound(r) for r in records])

    async def _process(
        self, records: Records, prepared: PreparedBatch, stop: asyncio.Event
    ) -> bool:
        """Handles the batch until it is durable, then commits it; False once a stop leaves
        it uncommitted."""
        with self._watchdog.watching("batch", self._batching.stuck_after_seconds):
            try:
                while not await self._durable(records, prepared, stop):
                    if await stopped_within(stop, self._batching.replay_pause_seconds):
                        raise StopRequested("stopped while waiting to replay the batch")
            except StopRequested:
                log.warning(
                    "stopping with %d records uncommitted; they will be redelivered", len(records)
                )
                return False
            await self._commit(records, stop)
        return True

    async def _durable(
        self, records: Records, prepared: PreparedBatch, stop: asyncio.Event
    ) -> bool:
        """True once the handler has made the batch durable; False if a dead letter failed."""
        try:
            await self._handle(records, prepared, stop)
        except DeadLetterFailed:
            pause = self._batching.replay_pause_seconds
            log.exception("batch not durable; replaying it in %.0fs", pause)
            return False
        return True

    async def _collect(self, stop: asyncio.Event) -> Records:
        """Waits up to the batch timeout for the first records, then takes what else has
        already arrived, up to the batch size, and goes. An article that comes alone is not
        held back to fill a batch; under load the fetcher's buffer fills batches anyway."""
        records = await self._first_records(stop)
        while records and len(records) < self._batching.size:
            arrived = await self._fetch(0, self._batching.size - len(records))
            if not arrived:
                break
            records.extend(arrived)
        return records

    async def _first_records(self, stop: asyncio.Event) -> Records:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._batching.timeout_seconds
        while not stop.is_set() and (remaining := deadline - loop.time()) > 0:
            # In short polls, so that a stop is seen even when the timeout is long.
            if arrived := await self._fetch(min(remaining, POLL_SECONDS), self._batching.size):
                return arrived
        return []

    async def _fetch(self, timeout_seconds: float, most: int) -> Records:
        fetched = await self._consumer.getmany(
            timeout_ms=int(timeout_seconds * 1000), max_records=most
        )
        return [record for batch in fetched.values() for record in batch]

    async def _handle(self, records: Records, prepared: PreparedBatch, stop: asyncio.Event) -> None:
        with batch_traces(traces_by_key((r.key, r.headers) for r in records)):
            handling = asyncio.ensure_future(self._handler.store(prepared, stop))
        stopping = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({handling, stopping}, return_when=asyncio.FIRST_COMPLETED)
            grace = self._batching.stop_grace_seconds
            if not handling.done():
                await asyncio.wait({handling}, timeout=grace)
            if not handling.done():
                handling.cancel()
                await asyncio.wait({handling}, timeout=ABANDON_SECONDS)
                raise StopRequested(f"batch abandoned {grace}s after the stop")
            handling.result()
        finally:
            stopping.cancel()
            handling.cancel()

    async def _commit(self, records: Records, stop: asyncio.Event) -> None:
        assigned = self._consumer.assignment()
        offsets = {tp: o for tp, o in next_offsets(records).items() if tp in assigned}
        if not offsets:
            return
        try:
            await self._retry.call_until_stopped(
                lambda: self._consumer.commit(offsets), kafka_is_transient, stop, self._retrying
            )
        except (StopRequested, KafkaError) as error:
            # The batch is durable: a replay of it (after a rebalance, say) changes nothing.
            log.warning("offsets not committed (%r); the batch will be replayed", error)

    def _retrying(self, error: Exception) -> None:
        log.warning("offset commit failed, retrying: %r", error)
        self._metrics.retried("commit")


async def stopped_within(stop: asyncio.Event, seconds: float) -> bool:
    if not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)
    return stop.is_set()
