"""The store's consumer loop between a real Kafka topic and a real PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from prometheus_client import CollectorRegistry
from pydantic import SecretStr

from newsflow_schemas import DeadLetter
from newsflow_store import StoreSettings, count_articles, serve
from tests.conftest import NewTopic
from tests.factories import enriched, mention
from tests.integration.store.helpers import produce, query

pytestmark = pytest.mark.integration

PARTITIONS = 3


async def offsets(
    bootstrap: str, topic: str, group: str, partitions: int = PARTITIONS
) -> tuple[dict[int, int], dict[int, int]]:
    """Committed offsets of the group and end offsets of the topic, by non-empty partition."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await admin.start()
    await consumer.start()
    try:
        committed = await admin.list_consumer_group_offsets(group)
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in range(partitions)])
    finally:
        await consumer.stop()
        await admin.close()
    return (
        {tp.partition: meta.offset for tp, meta in committed.items() if tp.topic == topic},
        {tp.partition: end for tp, end in ends.items() if end > 0},
    )


async def read_one(bootstrap: str, topic: str) -> bytes:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    try:
        async with asyncio.timeout(30):
            message = await consumer.getone()
            return bytes(message.value or b"")
    finally:
        await consumer.stop()


async def test_stores_each_article_once_dead_letters_garbage_and_commits_everything(
    kafka_bootstrap: str, new_topic: NewTopic, store_database: str
) -> None:
    settings = StoreSettings(
        kafka_bootstrap_servers=kafka_bootstrap,
        database_url=SecretStr(store_database),
        enriched_topic=await new_topic("enriched", partitions=PARTITIONS),
        dead_letter_topic=await new_topic("dead-letter", partitions=1),
        store_consumer_group=f"store-test-{uuid.uuid4().hex[:8]}",
        store_batch_timeout_ms=200,
    )
    first, second = enriched(entities=[mention("BBC")]), enriched()
    await produce(
        kafka_bootstrap, settings.enriched_topic, [first, second, first], b"{not an article"
    )
    stop = asyncio.Event()
    serving = asyncio.create_task(serve(settings, stop, CollectorRegistry()))

    async def done() -> bool:
        ids = [first.article_id, second.article_id]
        try:
            committed, ends = await offsets(
                kafka_bootstrap, settings.enriched_topic, settings.store_consumer_group
            )
        except KafkaError as error:
            if error.retriable:  # e.g. the group coordinator is still starting
                return False
            raise
        return await count_articles(store_database, ids) == 2 and committed == ends

    try:
        async with asyncio.timeout(60):
            while not await done():
                assert not serving.done(), serving.exception()
                await asyncio.sleep(0.2)
    finally:
        stop.set()
        await asyncio.wait_for(serving, 30)

    assert query(store_database, "SELECT count(*) FROM articles") == [(2,)]
    letter = DeadLetter.model_validate_json(
        await read_one(kafka_bootstrap, settings.dead_letter_topic)
    )
    assert (letter.stage, letter.reason, letter.key, letter.payload) == (
        "store",
        "invalid_enriched_article",
        "garbage",
        "{not an article",
    )
