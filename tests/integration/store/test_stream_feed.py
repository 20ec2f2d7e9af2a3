"""The live feed's hub and the story queries on a real PostgreSQL, written by the real
writer: positions are settled and ordered, a re-stored article is not sent twice, and
the SQL of the story endpoints runs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
import uvicorn
from prometheus_client import CollectorRegistry

from newsflow.stack.ports import free_port
from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.api import story_queries
from newsflow_store.api.app import create_app
from newsflow_store.api.queries import ReadQueries
from newsflow_store.api.stream import Position, StreamFilter, StreamHub
from newsflow_store.api.stream_route import StreamOptions
from newsflow_store.domain import to_rows
from tests.factories import canonical, enriched, raw_article
from tests.integration.store.helpers import eventually

pytestmark = pytest.mark.integration


@pytest.fixture
async def writer(store_database: str) -> AsyncIterator[PostgresWriter]:
    writer = PostgresWriter(store_database)
    yield writer
    await writer.close()


@pytest.fixture
async def queries(store_database: str) -> AsyncIterator[ReadQueries]:
    queries = ReadQueries.connect(store_database)
    await queries.pool.open()
    yield queries
    await queries.pool.close()


def peru_report(story: str, minutes: int = 0) -> object:
    peru = canonical("Peru", "PLACE", ["PLACE:peru"])
    event = enriched(raw_article(body="An earthquake struck Peru."), canonical_entities=[peru])
    return event.model_copy(update={"story_id": story})


async def test_the_feed_sends_stored_articles_once_in_position_order(
    writer: PostgresWriter, queries: ReadQueries
) -> None:
    hub = StreamHub(queries)
    everything = await hub.subscribe(StreamFilter(), buffer=100)
    peru = await hub.subscribe(StreamFilter(entity="peru", type="PLACE"), buffer=100)
    first, second = peru_report("a" * 32), enriched(raw_article())
    await writer.write(to_rows([first, second]))
    await hub._poll_once()
    # Re-stored (a newer enrichment of the same article): not a new feed position.
    await writer.write(
        to_rows([first.model_copy(update={"enriched_at": first.enriched_at.replace(year=2027)})])
    )
    await hub._poll_once()
    got = []
    while not everything.queue.empty():
        got.append(everything.queue.get_nowait())
    assert sorted(row["article_id"] for _, row in got) == sorted(
        [first.article_id, second.article_id]
    )
    positions = [position for position, _ in got]
    assert positions == sorted(positions)
    assert [row["article_id"] for _, row in [peru.queue.get_nowait()]] == [first.article_id]
    assert peru.queue.empty()
    resumed = [p async for p, _ in hub.catch_up(everything, Position(0, ""))]
    assert resumed == [] or resumed == positions[: len(resumed)]
    await hub.close()


async def test_story_queries_run_on_the_real_schema(
    writer: PostgresWriter, queries: ReadQueries
) -> None:
    story = "b" * 32
    await writer.write(to_rows([peru_report(story), peru_report(story)]))
    params = {"since": None, "entity": "Peru", "type": None, "q": None, "limit": 10, "offset": 0}
    [row] = await queries.all(story_queries.STORIES, params)
    assert row["story_id"] == story and row["article_count"] == 2
    assert len(await queries.all(story_queries.STORY_ARTICLES, (story,))) == 2
    entities = await queries.all(story_queries.STORY_ENTITIES, ([story],))
    assert [(e["name"], e["article_count"]) for e in entities] == [("Peru", 2)]


async def test_a_real_http_client_gets_articles_as_they_are_stored(
    writer: PostgresWriter, store_database: str
) -> None:
    port = free_port()
    queries = ReadQueries.connect(store_database)
    app = create_app(queries, CollectorRegistry(), StreamOptions(keepalive_seconds=0.5))
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    try:
        await eventually(lambda: _started(server))
        lines: list[str] = []
        async with (
            httpx.AsyncClient(timeout=httpx.Timeout(10, read=None)) as client,
            client.stream("GET", f"http://127.0.0.1:{port}/stream") as response,
        ):
            reader = asyncio.create_task(_collect(response, lines))
            event = enriched(raw_article())
            await writer.write(to_rows([event]))
            await eventually(lambda: _holds(any(event.article_id in line for line in lines)))
            reader.cancel()
        assert any(line.startswith("id: ") for line in lines)
    finally:
        server.should_exit = True
        await serving


async def _started(server: uvicorn.Server) -> bool:
    return server.started


async def _holds(value: bool) -> bool:
    return value


async def _collect(response: httpx.Response, lines: list[str]) -> None:
    async for line in response.aiter_lines():
        lines.append(line)
