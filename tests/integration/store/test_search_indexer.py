"""The search vector off the write path: the writer leaves it NULL, the indexer fills it, and
search finds an article before and after, across a crash and a poison article."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import psycopg
import pytest
from prometheus_client import CollectorRegistry

from newsflow.stack.ports import free_port
from newsflow_store.adapters import search_indexer
from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.adapters.search_indexer import SearchIndexer, keep_indexing
from newsflow_store.api.queries import ARTICLES
from newsflow_store.api.story_queries import STORIES
from newsflow_store.domain import to_rows
from newsflow_store.metrics import SearchIndexMetrics
from newsflow_store.search import vector
from tests.factories import enriched, raw_article
from tests.integration.store.helpers import eventually, query

pytestmark = pytest.mark.integration

NO_FILTERS: dict[str, Any] = dict.fromkeys(
    ("since", "until", "sentiment", "source", "source_prefix", "language", "entity", "type"),
    None,
) | {"after_at": None, "after_id": None, "limit": 50}


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
async def indexer(store_database: str, registry: CollectorRegistry) -> AsyncIterator[SearchIndexer]:
    indexer = SearchIndexer(store_database, SearchIndexMetrics.create(registry), batch_size=2)
    yield indexer
    await indexer.close()


async def store(url: str, *events: Any) -> None:
    writer = PostgresWriter(url)
    try:
        await writer.write(to_rows(list(events)))
    finally:
        await writer.close()


def found(url: str, q: str) -> set[str]:
    """The read API's article search."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(ARTICLES, NO_FILTERS | {"q": q}).fetchall()
    return {row[0] for row in rows}


def unindexed(url: str) -> set[str]:
    return {a for (a,) in query(url, "SELECT article_id FROM articles WHERE search IS NULL")}


def vectors_are_right(url: str) -> bool:
    sql = f"SELECT bool_and(a.search = {vector('a')}) FROM articles AS a"
    return bool(query(url, sql)[0][0])


async def test_the_indexer_fills_what_the_writer_left_and_search_finds_it_before_and_after(
    store_database: str, indexer: SearchIndexer, registry: CollectorRegistry
) -> None:
    storm = enriched(raw_article(body="A storm flooded the harbour at dawn."))
    rally = enriched(raw_article(body="The rally filled the square."))
    quiet = enriched(raw_article(body="Nothing happened."))
    await store(store_database, storm, rally, quiet)

    assert unindexed(store_database) == {storm.article_id, rally.article_id, quiet.article_id}
    assert found(store_database, "harbour storms") == {storm.article_id}  # not indexed yet

    assert await indexer.index_backlog() == 3  # two batches of two, the second short

    assert unindexed(store_database) == set() and vectors_are_right(store_database)
    assert found(store_database, "harbour storms") == {storm.article_id}
    assert found(store_database, "zzzunheardofword") == set()
    assert registry.get_sample_value("newsflow_store_search_indexed_total") == 3
    assert registry.get_sample_value("newsflow_store_search_backlog") == 0


async def test_a_newer_version_is_searched_by_its_new_text(
    store_database: str, indexer: SearchIndexer
) -> None:
    first = raw_article(title="Council vote", body="The council voted on the budget.")
    revised = raw_article(
        title="Council vote", body="The council postponed the vote.", article_id=first.article_id
    )
    await store(store_database, enriched(first))
    await indexer.index_backlog()

    await store(store_database, enriched(revised, enriched_after=timedelta(hours=1)))

    assert unindexed(store_database) == {first.article_id}
    assert found(store_database, "postponed") == {first.article_id}
    assert found(store_database, "budget") == set()
    await indexer.index_backlog()
    assert found(store_database, "postponed") == {first.article_id}
    assert found(store_database, "budget") == set() and vectors_are_right(store_database)


async def test_story_search_finds_unindexed_articles(store_database: str) -> None:
    event = enriched(raw_article(body="Wildfire near the border.")).model_copy(
        update={"story_id": "story-wildfire"}
    )
    await store(store_database, event)

    params = {"since": None, "entity": None, "type": None, "q": "wildfire", "limit": 10}
    with psycopg.connect(store_database) as conn:
        rows = conn.execute(STORIES, params | {"offset": 0}).fetchall()

    assert [row[0] for row in rows] == ["story-wildfire"]


async def test_an_indexer_that_dies_mid_batch_loses_nothing(
    store_database: str, indexer: SearchIndexer
) -> None:
    events = [enriched(raw_article(body=f"Harbour report number {i}.")) for i in range(3)]
    await store(store_database, *events)
    # A crash: a batch picked and filled, never committed, its connection gone.
    crashed = await psycopg.AsyncConnection.connect(store_database)
    picked = await (await crashed.execute(search_indexer.PICK, (2,))).fetchall()
    await crashed.execute(search_indexer.FILL, ([a for (a,) in picked],))
    await crashed.close()

    assert len(unindexed(store_database)) == 3
    assert await indexer.index_backlog() == 3
    assert unindexed(store_database) == set() and vectors_are_right(store_database)


async def test_two_indexers_never_wait_for_each_other(
    store_database: str, indexer: SearchIndexer
) -> None:
    events = [enriched(raw_article(body=f"Market update {i}.")) for i in range(3)]
    await store(store_database, *events)
    async with await psycopg.AsyncConnection.connect(store_database) as other:
        held = await (await other.execute(search_indexer.PICK, (1,))).fetchall()
        # The other indexer holds the oldest row; this one skips it instead of waiting.
        assert await asyncio.wait_for(indexer.index_backlog(), timeout=60) == 2
        assert unindexed(store_database) == {held[0][0]}
    assert await indexer.index_backlog() == 1


async def test_an_article_postgresql_will_not_index_gets_an_empty_vector(
    store_database: str, indexer: SearchIndexer, registry: CollectorRegistry
) -> None:
    poison = enriched(raw_article(body="Poison pill."))
    fine = enriched(raw_article(body="Fine weather."))
    await store(store_database, poison, fine)
    # Stands in for a body whose vector exceeds PostgreSQL's 1 MB tsvector limit (54000).
    with psycopg.connect(store_database, autocommit=True) as conn:
        conn.execute(f"""
            CREATE FUNCTION refuse_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.article_id = '{poison.article_id}' AND NEW.search <> ''::tsvector THEN
                    RAISE EXCEPTION 'string is too long for tsvector' USING ERRCODE = '54000';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_vector BEFORE UPDATE ON articles
            FOR EACH ROW EXECUTE FUNCTION refuse_vector();
        """)

    assert await indexer.index_backlog() == 2

    assert unindexed(store_database) == set()
    assert found(store_database, "weather") == {fine.article_id}
    assert found(store_database, "poison") == set()
    assert query(store_database, "SELECT article_id FROM articles") != []  # still stored
    errors = "newsflow_store_search_index_errors_total"
    assert registry.get_sample_value(errors, {"reason": "unindexable"}) == 1


async def test_a_database_out_of_reach_is_counted_and_indexing_carries_on(
    registry: CollectorRegistry,
) -> None:
    url = f"postgresql://postgres@127.0.0.1:{free_port()}/none"
    indexer = SearchIndexer(url, SearchIndexMetrics.create(registry), connect_timeout=2)
    stop = asyncio.Event()
    task = asyncio.create_task(keep_indexing(indexer, stop, every=0.1))
    errors = "newsflow_store_search_index_errors_total"

    async def failed_twice() -> bool:
        return (registry.get_sample_value(errors, {"reason": "pass_failed"}) or 0) >= 2

    await eventually(failed_twice)
    assert not task.done()  # a failed pass is not the end of the loop
    stop.set()
    await asyncio.wait_for(task, timeout=30)
