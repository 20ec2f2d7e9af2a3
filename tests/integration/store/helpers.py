"""Small helpers shared by the store's integration tests."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import psycopg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from pydantic import SecretStr

from newsflow_runtime.envelope import encode
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import EnrichedArticle
from newsflow_store import StoreSettings
from tests.conftest import NewTopic


async def consumer_settings(
    kafka_bootstrap: str,
    new_topic: NewTopic,
    database: str,
    partitions: int = 1,
    batch_timeout_ms: int = 300,
) -> StoreSettings:
    """A store on topics and a consumer group of its own."""
    return StoreSettings(
        kafka=KafkaSettings.plaintext(kafka_bootstrap),
        database_url=SecretStr(database),
        enriched_topic=await new_topic("enriched", partitions=partitions),
        dead_letter_topic=await new_topic("dead-letter", partitions=1),
        store_consumer_group=f"store-test-{uuid.uuid4().hex[:8]}",
        store_batch_timeout_ms=batch_timeout_ms,
    )


def query(url: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(sql, params).fetchall()


async def produce(
    bootstrap: str, topic: str, events: Sequence[EnrichedArticle], garbage: bytes | None = None
) -> None:
    """Sends the events keyed by article id, as enrich does, then the garbage if any."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for event in events:
            record = encode(event, key=event.article_id, source="test")
            await producer.send_and_wait(topic, record.value, key=record.key)
        if garbage is not None:
            await producer.send_and_wait(topic, garbage, key=b"garbage")
    finally:
        await producer.stop()


async def end_offsets(bootstrap: str, topic: str, partitions: int = 3) -> dict[int, int]:
    """End offsets of the topic's non-empty partitions."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in range(partitions)])
    finally:
        await consumer.stop()
    return {tp.partition: end for tp, end in ends.items() if end > 0}


async def offsets(
    bootstrap: str, topic: str, group: str, partitions: int = 3
) -> tuple[dict[int, int], dict[int, int]]:
    """Committed offsets of the group and end offsets of the topic, by non-empty partition."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    return (
        {tp.partition: meta.offset for tp, meta in committed.items() if tp.topic == topic},
        await end_offsets(bootstrap, topic, partitions),
    )


async def all_committed(bootstrap: str, topic: str, group: str, partitions: int = 3) -> bool:
    """The group has committed every message of the topic (False while Kafka is unsure)."""
    try:
        committed, ends = await offsets(bootstrap, topic, group, partitions)
    except KafkaError as error:
        if error.retriable:  # e.g. the group coordinator is still starting
            return False
        raise
    return bool(ends) and committed == ends


async def read_messages(
    bootstrap: str, topic: str, count: int, seconds: float = 30
) -> list[ConsumerRecord[bytes, bytes]]:
    """The first `count` messages of a topic, waiting for them up to `seconds`."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    records: list[ConsumerRecord[bytes, bytes]] = []
    try:
        async with asyncio.timeout(seconds):
            while len(records) < count:
                records.append(await consumer.getone())
    finally:
        await consumer.stop()
    return records


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 60) -> None:
    """Polls `check` until it holds; fails the test after `seconds`."""
    async with asyncio.timeout(seconds):
        while True:
            if await check():
                return
            await asyncio.sleep(0.2)
