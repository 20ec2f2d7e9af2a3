"""The consumer loop over a fake Kafka: what is committed, what is replayed, when it stops."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import cast

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError, TopicAuthorizationFailedError
from prometheus_client import CollectorRegistry

from newsflow_runtime.watchdog import Watchdog
from newsflow_schemas import EnrichedArticle
from newsflow_store.adapters.batch_handler import BatchHandler
from newsflow_store.adapters.kafka_consumer import Batching, StoreConsumer
from newsflow_store.adapters.ports import TransientWriteError, WriteResult
from newsflow_store.domain import StoreBatch
from newsflow_store.metrics import StoreMetrics
from tests.factories import enriched
from tests.unit.store.fakes import NO_WAIT, FakeDeadLetters, FakeWriter, eventually

TP = TopicPartition("enriched", 0)


class FakeKafka:
    """One partition as a list of records, with a fetch position and a committed offset."""

    def __init__(self) -> None:
        self.records: list[ConsumerRecord[bytes, bytes]] = []
        self.position = 0
        self.committed: int | None = None
        self.commit_errors: list[Exception] = []
        self._arrived = asyncio.Event()

    def produce(self, event: EnrichedArticle | bytes) -> None:
        value = event if isinstance(event, bytes) else event.model_dump_json().encode()
        key = None if isinstance(event, bytes) else event.article_id.encode()
        offset = len(self.records)
        self.records.append(
            ConsumerRecord(TP.topic, TP.partition, offset, 0, 0, key, value, None, 0, 0, [])
        )
        self._arrived.set()

    def assignment(self) -> set[TopicPartition]:
        return {TP}

    async def getmany(
        self, timeout_ms: int = 0, max_records: int | None = None
    ) -> dict[TopicPartition, list[ConsumerRecord[bytes, bytes]]]:
        if self.position >= len(self.records):
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), timeout_ms / 1000)
        end = min(len(self.records), self.position + (max_records or len(self.records)))
        fetched, self.position = self.records[self.position : end], end
        return {TP: fetched} if fetched else {}

    async def commit(self, offsets: dict[TopicPartition, int]) -> None:
        if self.commit_errors:
            raise self.commit_errors.pop(0)
        self.committed = offsets[TP]


class Store:
    """A StoreConsumer over FakeKafka, a fake database and a fake dead-letter topic."""

    def __init__(self, writer: FakeWriter | None = None, grace: float = 5.0) -> None:
        self.kafka = FakeKafka()
        self.writer = writer or FakeWriter()
        self.dead_letters = FakeDeadLetters()
        self.registry = CollectorRegistry()
        metrics = StoreMetrics.create(self.registry)
        handler = BatchHandler(self.writer, self.dead_letters, metrics, NO_WAIT)
        self.watchdog = Watchdog()
        metrics.stage.report_stuck(self.stuck)
        batching = Batching(
            size=10,
            timeout_seconds=0.02,
            stuck_after_seconds=0.05,
            stop_grace_seconds=grace,
            replay_pause_seconds=0.01,
        )
        self.consumer = StoreConsumer(
            cast(AIOKafkaConsumer, self.kafka),
            handler,
            batching,
            self.watchdog,
            metrics.stage,
            NO_WAIT,
        )
        self.stop = asyncio.Event()

    def stuck(self) -> bool:
        return bool(self.watchdog.overdue())

    def stuck_gauge(self) -> float | None:
        return self.registry.get_sample_value("newsflow_stage_stuck", {"stage": "store"})


@contextlib.asynccontextmanager
async def running(store: Store) -> AsyncIterator[asyncio.Task[None]]:
    task = asyncio.create_task(store.consumer.run(store.stop))
    try:
        yield task
    finally:
        store.stop.set()
        store.writer.open.set()
        await asyncio.wait_for(task, 10)


async def test_a_bad_event_is_dead_lettered_committed_past_and_its_partition_flows_on() -> None:
    good, bad, later = enriched(), enriched(), enriched()
    store = Store(FakeWriter(rejects={bad.article_id: "54000"}))
    for event in (good, bad, good):
        store.kafka.produce(event)

    async with running(store) as task:
        await eventually(lambda: store.kafka.committed == 3)
        store.kafka.produce(later)
        await eventually(lambda: store.kafka.committed == 4)
        assert not task.done()

    assert set(store.writer.stored) == {good.article_id, later.article_id}
    assert [x.source_offset for x in store.dead_letters.letters] == [1]


async def test_while_the_database_is_down_nothing_is_committed_and_the_store_is_stuck() -> None:
    store = Store()
    store.writer.down = True
    store.kafka.produce(enriched())

    async with running(store):
        await eventually(store.stuck)
        assert not await store.watchdog.healthy()
        assert store.stuck_gauge() == 1
        assert store.kafka.committed is None
        store.writer.down = False
        await eventually(lambda: store.kafka.committed == 1)
        assert await store.watchdog.healthy()
        assert store.stuck_gauge() == 0


async def test_a_stop_while_the_database_is_down_returns_at_once_and_commits_nothing() -> None:
    store = Store()
    store.writer.down = True
    store.kafka.produce(enriched())

    async with running(store) as task:
        await eventually(lambda: store.writer.attempts >= 3)
        store.stop.set()
        async with asyncio.timeout(1):
            await task

    assert (store.kafka.committed, store.writer.stored) == (None, {})


async def test_a_batch_whose_dead_letter_the_broker_refuses_is_replayed_until_durable() -> None:
    store = Store()
    store.dead_letters.permanent = TopicAuthorizationFailedError()
    store.dead_letters.keep_refusing = True
    good = enriched()
    store.kafka.produce(b"{garbage")
    store.kafka.produce(good)

    async with running(store):
        # Refused for good, again and again: replayed, never committed, and stuck.
        await eventually(lambda: store.dead_letters.attempts >= 3 and store.stuck())
        assert store.kafka.committed is None
        assert store.stuck_gauge() == 1
        store.dead_letters.permanent = None
        # The commit lands inside the batch's watch: the watch ends just after it.
        await eventually(lambda: store.kafka.committed == 2 and not store.stuck())

    assert [x.source_offset for x in store.dead_letters.letters] == [0]
    assert list(store.writer.stored) == [good.article_id]


async def test_on_stop_the_batch_in_flight_has_the_grace_to_finish_and_is_committed() -> None:
    store = Store(grace=5.0)
    store.writer.open.clear()
    store.kafka.produce(enriched())

    async with running(store) as task:
        await eventually(lambda: store.writer.attempts == 1)
        store.stop.set()
        await asyncio.sleep(0.05)  # the stop is seen; the write is still held
        assert not task.done()
        store.writer.open.set()
        await asyncio.wait_for(task, 1)

    assert store.kafka.committed == 1


async def test_on_stop_a_batch_that_cannot_finish_in_the_grace_is_abandoned_uncommitted() -> None:
    store = Store(grace=0.2)
    store.writer.open.clear()  # a write that never returns: a database gone silent
    store.kafka.produce(enriched())

    async with running(store) as task:
        await eventually(lambda: store.writer.attempts == 1)
        store.stop.set()
        async with asyncio.timeout(0.2 + 1.5):
            await task

    assert (store.kafka.committed, store.writer.stored) == (None, {})


async def test_a_failed_commit_of_a_durable_batch_is_left_to_the_next_one() -> None:
    store = Store()
    store.kafka.commit_errors.append(CommitFailedError("rebalanced"))
    first, second = enriched(), enriched()
    store.kafka.produce(first)

    async with running(store) as task:
        await eventually(lambda: first.article_id in store.writer.stored)
        store.kafka.produce(second)
        await eventually(lambda: store.kafka.committed == 2)
        assert not task.done()


class WatchedKafka(FakeKafka):
    """Records each commit, and what the writer had stored when it was made."""

    def __init__(self, writer: FakeWriter) -> None:
        super().__init__()
        self.commits: list[tuple[int, set[str]]] = []
        self._writer = writer

    async def commit(self, offsets: dict[TopicPartition, int]) -> None:
        await super().commit(offsets)
        self.commits.append((offsets[TP], set(self._writer.stored)))


class PickyWriter(FakeWriter):
    """Fails, as a database that is down, for a batch holding any of `failing` articles."""

    def __init__(self) -> None:
        super().__init__()
        self.failing: set[str] = set()

    async def write(self, batch: StoreBatch) -> WriteResult:
        if self.failing & {a.article_id for a in batch.articles}:
            self.attempts += 1
            raise TransientWriteError("SQLSTATE 57P03 (CannotConnectNow): restarting")
        return await super().write(batch)


def watched_store() -> tuple[Store, WatchedKafka, PickyWriter]:
    writer = PickyWriter()
    store = Store(writer)
    store.kafka = kafka = WatchedKafka(writer)
    store.consumer = StoreConsumer(
        cast(AIOKafkaConsumer, kafka),
        store.consumer._handler,
        store.consumer._batching,
        store.watchdog,
        StoreMetrics.create(CollectorRegistry()).stage,
        NO_WAIT,
    )
    return store, kafka, writer


async def test_a_batch_prepared_during_a_write_is_committed_only_after_its_own_write() -> None:
    store, kafka, writer = watched_store()
    first = [enriched() for _ in range(10)]  # a full batch (size 10)
    second = [enriched() for _ in range(3)]
    writer.failing = {e.article_id for e in second}  # the database is down for the second
    writer.open.clear()  # the first write is held
    for event in first:
        kafka.produce(event)

    async with running(store):
        await eventually(lambda: writer.attempts == 1)
        for event in second:
            kafka.produce(event)
        await eventually(lambda: kafka.position == 13)  # the second batch is taken in
        await asyncio.sleep(0.05)  # and prepared, while the first is still written
        assert kafka.committed is None
        writer.open.set()
        await eventually(lambda: writer.attempts >= 3 and store.stuck())
        assert kafka.committed == 10  # the first batch only: the second is not written
        writer.failing = set()
        await eventually(lambda: kafka.committed == 13)

    assert [offset for offset, _ in kafka.commits] == [10, 13]
    assert kafka.commits[0][1] == {e.article_id for e in first}
    assert kafka.commits[1][1] == {e.article_id for e in first + second}


async def test_on_stop_a_batch_prepared_meanwhile_is_dropped_uncommitted() -> None:
    store, kafka, writer = watched_store()
    writer.open.clear()
    first, second = enriched(), enriched()
    kafka.produce(first)

    async with running(store) as task:
        await eventually(lambda: writer.attempts == 1)
        kafka.produce(second)
        await eventually(lambda: kafka.position == 2)
        await asyncio.sleep(0.05)  # the second batch is prepared
        store.stop.set()
        writer.open.set()  # the batch in hand finishes within the grace
        await asyncio.wait_for(task, 1)

    assert kafka.committed == 1
    assert set(writer.stored) == {first.article_id}
