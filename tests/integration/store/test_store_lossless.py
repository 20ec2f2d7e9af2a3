"""Nothing lost: the store against a real PostgreSQL that refuses articles or drops its
connection mid-transaction, between real Kafka topics."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import psycopg
import pytest
from prometheus_client import CollectorRegistry

from newsflow_runtime.dead_letters import KIP298, REASON_HEADER
from newsflow_schemas import DeadLetter, EnrichedArticle
from newsflow_store import StoreSettings, count_articles, serve
from tests.conftest import NewTopic
from tests.factories import canonical, enriched, unchecked_raw_article
from tests.integration.store.helpers import (
    all_committed,
    consumer_settings,
    end_offsets,
    eventually,
    produce,
    query,
    read_messages,
)

pytestmark = pytest.mark.integration

ENTITY_LOCK = "SELECT pg_advisory_xact_lock(hashtext('newsflow.entity_resolution'))"


@asynccontextmanager
async def serving(
    settings: StoreSettings, registry: CollectorRegistry
) -> AsyncIterator[asyncio.Task[None]]:
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, stop, registry))
    try:
        yield task
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


def done(
    settings: StoreSettings, events: list[EnrichedArticle], task: asyncio.Task[None]
) -> Callable[[], Awaitable[bool]]:
    """Every event stored and every offset committed, while the store keeps running."""
    database = settings.database_url.get_secret_value()

    async def check() -> bool:
        assert not task.done(), task.exception()  # the store never stops on its own
        stored = await count_articles(database, [e.article_id for e in events])
        return stored == len(events) and await all_committed(
            settings.kafka.bootstrap_servers,
            settings.enriched_topic,
            settings.store_consumer_group,
            partitions=1,
        )

    return check


async def test_articles_postgresql_refuses_are_dead_lettered_and_the_rest_stored(
    kafka_bootstrap: str, new_topic: NewTopic, store_database: str
) -> None:
    settings = await consumer_settings(kafka_bootstrap, new_topic, store_database)
    # Random, so that PostgreSQL cannot compress the key under the btree row limit: 54000.
    too_long = enriched(canonical_entities=[canonical(secrets.token_urlsafe(6_000))])
    too_far = enriched(canonical_entities=[canonical("Kyiv", "PLACE", start=2**31)])  # 22003
    # psycopg would not send it; RawArticle v3 refuses it first, in the store as at ingest.
    nul_byte = enriched(unchecked_raw_article("a NUL \x00 byte"))
    good = [enriched(canonical_entities=[canonical("Kyiv", "PLACE")]) for _ in range(6)]
    batch = [good[0], too_long, good[1], good[2], too_far, good[3], good[4], nul_byte, good[5]]
    await produce(kafka_bootstrap, settings.enriched_topic, batch)  # one partition, in order
    later = enriched()
    registry = CollectorRegistry()

    async with serving(settings, registry) as task:
        await eventually(done(settings, good, task))
        # The partition is not blocked behind the refused articles: a later one goes through.
        await produce(kafka_bootstrap, settings.enriched_topic, [later])
        await eventually(done(settings, [*good, later], task))

    assert query(store_database, "SELECT count(*) FROM articles") == [(7,)]
    records = await read_messages(kafka_bootstrap, settings.dead_letter_topic, 3)
    letters = [DeadLetter.model_validate_json(r.value or b"") for r in records]
    assert sorted((x.source_offset, x.key, x.reason) for x in letters) == [
        (1, too_long.article_id, "store_rejected"),
        (4, too_far.article_id, "store_rejected"),
        (7, nul_byte.article_id, "invalid_enriched_article"),
    ]
    errors = {x.source_offset: x.error for x in letters}
    assert errors[1].startswith("SQLSTATE 54000 (ProgramLimitExceeded): index row size")
    assert errors[4].startswith("SQLSTATE 22003 (NumericValueOutOfRange)")
    assert "control character U+0000" in errors[7]
    for record in records:
        headers = dict(record.headers)
        if headers[REASON_HEADER] == b"invalid_enriched_article":
            continue
        assert headers[REASON_HEADER] == b"store_rejected"
        assert headers[KIP298 + "exception.class.name"] == b"RejectedWriteError"

    def dead_letters(reason: str) -> float | None:
        labels = {"stage": "store", "reason": reason}
        return registry.get_sample_value("newsflow_dead_letters_total", labels)

    assert (dead_letters("store_rejected"), dead_letters("invalid_enriched_article")) == (2, 1)


async def test_a_connection_killed_mid_transaction_is_retried_losing_and_doubling_nothing(
    kafka_bootstrap: str, new_topic: NewTopic, store_database: str
) -> None:
    settings = await consumer_settings(kafka_bootstrap, new_topic, store_database)
    people = [canonical("Volodymyr Zelensky", keys=["PERSON:volodymyr zelensky"])]
    events = [enriched(canonical_entities=[*people, canonical("Kyiv", "PLACE")]) for _ in range(5)]
    await produce(kafka_bootstrap, settings.enriched_topic, events)
    registry = CollectorRegistry()
    # Holding the entity-resolution lock stops the store's transaction half way through,
    # its articles written but not committed, where the test can kill its connection.
    holder = await psycopg.AsyncConnection.connect(store_database)
    await holder.execute(ENTITY_LOCK)

    async with serving(settings, registry) as task:
        pid = await eventually_waiting_on_the_lock(store_database)
        assert query(store_database, "SELECT count(*) FROM articles") == [(0,)]
        query(store_database, "SELECT pg_terminate_backend(%s)", pid)
        await holder.rollback()
        await eventually(done(settings, events, task))

    await holder.close()
    assert query(store_database, "SELECT count(*) FROM articles") == [(5,)]
    assert query(store_database, "SELECT count(*) FROM entities") == [(2,)]
    assert query(store_database, "SELECT count(*) FROM article_entities") == [(10,)]
    retries = registry.get_sample_value("newsflow_store_write_retries_total")
    assert retries is not None and retries >= 1
    stored = {"stage": "store", "outcome": "stored"}
    assert registry.get_sample_value("newsflow_articles_processed_total", stored) == 5
    assert await end_offsets(kafka_bootstrap, settings.dead_letter_topic, 1) == {}


async def eventually_waiting_on_the_lock(database: str) -> int:
    """The process id of the one backend that waits for the entity-resolution lock."""
    found: list[int] = []

    async def waiting() -> bool:
        found[:] = [
            pid
            for (pid,) in query(
                database,
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND wait_event_type = 'Lock' AND query LIKE '%%pg_advisory_xact_lock%%'",
            )
        ]
        return bool(found)

    await eventually(waiting, 30)
    [pid] = found
    return pid
