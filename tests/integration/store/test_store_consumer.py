"""The store's consumer loop between a real Kafka topic and a real PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest
from prometheus_client import CollectorRegistry

from newsflow_schemas import DeadLetter
from newsflow_store import count_articles, serve
from tests.conftest import NewTopic
from tests.factories import enriched, mention
from tests.integration.store.helpers import (
    all_committed,
    consumer_settings,
    produce,
    query,
    read_messages,
)

pytestmark = pytest.mark.integration

PARTITIONS = 3


async def test_stores_each_article_once_dead_letters_garbage_and_commits_everything(
    kafka_bootstrap: str, new_topic: NewTopic, store_database: str
) -> None:
    settings = await consumer_settings(
        kafka_bootstrap, new_topic, store_database, PARTITIONS, batch_timeout_ms=200
    )
    first, second = enriched(entities=[mention("BBC")]), enriched()
    await produce(
        kafka_bootstrap, settings.enriched_topic, [first, second, first], b"{not an article"
    )
    stop = asyncio.Event()
    serving = asyncio.create_task(serve(settings, stop, CollectorRegistry()))

    async def done() -> bool:
        ids = [first.article_id, second.article_id]
        return await count_articles(store_database, ids) == 2 and await all_committed(
            kafka_bootstrap, settings.enriched_topic, settings.store_consumer_group
        )

    try:
        async with asyncio.timeout(60):
            while not await done():
                assert not serving.done(), serving.exception()
                await asyncio.sleep(0.2)
    finally:
        stop.set()
        await asyncio.wait_for(serving, 30)

    assert query(store_database, "SELECT count(*) FROM articles") == [(2,)]
    [record] = await read_messages(kafka_bootstrap, settings.dead_letter_topic, 1)
    letter = DeadLetter.model_validate_json(record.value or b"")
    assert (letter.stage, letter.reason, letter.key, letter.payload) == (
        "store",
        "invalid_enriched_article",
        "garbage",
        "{not an article",
    )


async def test_an_article_that_comes_alone_is_stored_without_waiting_out_the_batch_timeout(
    kafka_bootstrap: str, new_topic: NewTopic, store_database: str
) -> None:
    # A batch waits for its first record only: a lone article is not held back to fill it.
    settings = await consumer_settings(
        kafka_bootstrap, new_topic, store_database, batch_timeout_ms=600_000
    )
    lone = enriched()
    stop = asyncio.Event()
    serving = asyncio.create_task(serve(settings, stop, CollectorRegistry()))
    try:
        await produce(kafka_bootstrap, settings.enriched_topic, [lone])
        async with asyncio.timeout(120):  # a fifth of the batch timeout
            while await count_articles(store_database, [lone.article_id]) == 0:
                assert not serving.done(), serving.exception()
                await asyncio.sleep(0.2)
    finally:
        stop.set()
        await asyncio.wait_for(serving, 30)
