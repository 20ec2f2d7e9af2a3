"""The store's lag and readiness probes against a real Kafka and PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable

import psycopg
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from prometheus_client import CollectorRegistry

from newsflow.stack.ports import free_port
from newsflow_runtime.metrics import ConsumerLag
from newsflow_store.adapters.observability import committed_lag, readiness_checks, watch_lag
from tests.conftest import NewTopic

pytestmark = pytest.mark.integration


async def produce(bootstrap: str, topic: str, per_partition: dict[int, int]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for partition, count in per_partition.items():
            for i in range(count):
                await producer.send_and_wait(topic, f"m{i}".encode(), partition=partition)
    finally:
        await producer.stop()


async def until(condition: Callable[[], bool], seconds: float = 15) -> None:
    async with asyncio.timeout(seconds):
        while True:
            if condition():
                return
            await asyncio.sleep(0.05)


@pytest.fixture
async def topic_with_backlog(kafka_bootstrap: str, new_topic: NewTopic) -> str:
    topic = await new_topic("lag", partitions=2)
    await produce(kafka_bootstrap, topic, {0: 5, 1: 3})
    return topic


@pytest.fixture
async def consumer(
    kafka_bootstrap: str, topic_with_backlog: str
) -> AsyncIterator[AIOKafkaConsumer]:
    consumer = AIOKafkaConsumer(
        topic_with_backlog,
        bootstrap_servers=kafka_bootstrap,
        group_id=f"lag-{uuid.uuid4().hex[:8]}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        async with asyncio.timeout(30):
            while not consumer.assignment():
                await consumer.getmany(timeout_ms=200, max_records=1)
        yield consumer
    finally:
        await consumer.stop()


async def test_lag_is_end_minus_committed_and_ignores_what_is_fetched_but_uncommitted(
    consumer: AIOKafkaConsumer, topic_with_backlog: str
) -> None:
    await consumer.getmany(timeout_ms=1000)  # in hand, not committed: still lag
    assert await committed_lag(consumer) == {(topic_with_backlog, 0): 5, (topic_with_backlog, 1): 3}
    await consumer.commit({TopicPartition(topic_with_backlog, 0): 4})
    assert await committed_lag(consumer) == {(topic_with_backlog, 0): 1, (topic_with_backlog, 1): 3}


async def test_the_lag_watch_keeps_the_gauge_current_until_stopped(
    consumer: AIOKafkaConsumer, topic_with_backlog: str
) -> None:
    lag, stop = ConsumerLag(CollectorRegistry(), "store"), asyncio.Event()
    watching = asyncio.create_task(watch_lag(consumer, lag, stop, every=0.1))
    await until(lambda: lag.total() == 8)
    await consumer.commit({TopicPartition(topic_with_backlog, 1): 3})
    await until(lambda: lag.total() == 5)
    stop.set()
    await asyncio.wait_for(watching, 5)


async def test_ready_needs_assigned_partitions_and_a_reachable_database(
    consumer: AIOKafkaConsumer, database_url: str
) -> None:
    checks = readiness_checks(consumer, database_url)
    assert await checks["partitions_assigned"]() and await checks["database"]()
    nowhere = readiness_checks(consumer, f"postgresql://nobody@127.0.0.1:{free_port()}/none")
    with pytest.raises(psycopg.OperationalError):
        await nowhere["database"]()
