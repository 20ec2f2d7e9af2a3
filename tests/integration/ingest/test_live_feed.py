"""GET /stream with a real HTTP client, over articles that go through the real pipeline:
live events, keep-alives, a filter, and a disconnect resumed with Last-Event-ID that misses
nothing and repeats nothing. Also: articles about one event get one story_id."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from newsflow_ingest.bootstrap import ingest_paths
from tests.integration.ingest.conftest import DEADLINE_SECONDS, IngestPipeline
from tests.integration.store.helpers import eventually
from tests.pipeline import running, service

pytestmark = pytest.mark.integration

QUAKE = (
    "A magnitude 6.8 earthquake struck southern Peru near Arequipa on Thursday, civil "
    "defence officials said. Landslides cut off villages in the Caylloma province and "
    "rescuers searched collapsed adobe homes. President Ana Valdivia flew to Arequipa."
)
QUAKE_UPDATE = (
    "The death toll from the earthquake near Arequipa in southern Peru rose to 14, "
    "officials said, as landslides blocked roads into the Colca valley in Caylloma "
    "province. President Ana Valdivia declared a state of emergency."
)
OTHER = "The Bank of Ghana raised its policy rate to 29 per cent in Accra on Wednesday."


@dataclass
class Listener:
    """Reads one SSE connection in the background and keeps what it got."""

    events: list[dict[str, str]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    def articles(self) -> list[str]:
        return [json.loads(e["data"])["title"] for e in self.events if e.get("event") == "article"]

    async def read(self, response: httpx.Response) -> None:
        event: dict[str, str] = {}
        async for line in response.aiter_lines():
            if line.startswith(":"):
                self.comments.append(line[1:].strip())
            elif not line:
                if event:
                    self.events.append(event)
                event = {}
            else:
                name, _, value = line.partition(":")
                event[name] = value.removeprefix(" ")


@asynccontextmanager
async def listening(
    api: str, headers: dict[str, str] | None = None, **params: str
) -> AsyncIterator[Listener]:
    listener = Listener()
    async with (
        httpx.AsyncClient(base_url=api, timeout=httpx.Timeout(10, read=None)) as client,
        client.stream("GET", "/stream", params=params, headers=headers or {}) as response,
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        reader = asyncio.create_task(listener.read(response))
        try:
            yield listener
        finally:
            reader.cancel()


def write_articles(folder: Path, articles: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{uuid.uuid4().hex[:8]}.json" for _ in articles]
    for path, (title, body) in zip(paths, articles.items(), strict=True):
        path.write_text(json.dumps({"title": title, "body": body}))
    return paths


async def publish(pipeline: IngestPipeline, folder: Path, articles: dict[str, str]) -> list[str]:
    """Writes each (title, body) as a JSON article file and ingests it by name (a folder
    contributes only .txt files): the real first stage."""
    paths = write_articles(folder, articles)
    report = await ingest_paths(pipeline.ingest_settings(folder / "home"), paths)
    assert len(report.published) == len(articles), report
    return list(report.published)


async def until(check: Callable[[], bool]) -> None:
    async def holds() -> bool:
        return check()

    await eventually(holds, DEADLINE_SECONDS)


def unique(label: str) -> str:
    return f"{label} {uuid.uuid4().hex[:8]}"


async def test_live_feed_resumes_after_a_disconnect_with_nothing_missed_or_repeated(
    pipeline: IngestPipeline, tmp_path: Path
) -> None:
    env = {**pipeline.env, "API_STREAM_KEEPALIVE_SECONDS": "1", "API_STREAM_POLL_SECONDS": "0.2"}
    api = service("api", env)
    with running([api], tmp_path / "run"):
        url = api.metrics_url.removesuffix("/metrics")
        first, second = unique("Quake hits Peru"), unique("Ghana raises rates")
        async with listening(url) as live, listening(url, entity="Arequipa") as quakes:
            await publish(pipeline, tmp_path / "a", {first: QUAKE, second: OTHER})
            await until(lambda: {first, second} <= set(live.articles()))
            await until(lambda: live.comments)  # idle for a second: a keep-alive
            resume_from = [e["id"] for e in live.events if e.get("event") == "article"][-1]
        assert sorted(live.articles()) == sorted([first, second])
        assert quakes.articles() == [first]
        assert "keep-alive" in live.comments

        # Disconnected: two more articles are stored while nobody listens.
        third, fourth = unique("Peru quake toll rises"), unique("Markets calm")
        missed = await publish(pipeline, tmp_path / "b", {third: QUAKE_UPDATE, fourth: OTHER})
        await pipeline.stored(missed)
        fifth = unique("After the resume")
        async with listening(url, headers={"Last-Event-ID": resume_from}) as resumed:
            await until(lambda: {third, fourth} <= set(resumed.articles()))
            await publish(pipeline, tmp_path / "c", {fifth: OTHER + " Later."})
            # Events come in feed order, so anything sent twice would come before this.
            await until(lambda: fifth in resumed.articles())
        assert sorted(resumed.articles()) == sorted([third, fourth, fifth])
        ids = [e["id"] for e in resumed.events if e.get("event") == "article"]
        assert ids == sorted(ids, key=lambda i: (int(i.split("-")[0]), i)), "in feed order"


async def test_reports_of_one_event_share_a_story_and_another_event_does_not(
    pipeline: IngestPipeline, tmp_path: Path
) -> None:
    quake, toll, rates = unique("Quake hits Peru"), unique("Toll rises"), unique("Rates")
    ids = await publish(pipeline, tmp_path, {quake: QUAKE, toll: QUAKE_UPDATE, rates: OTHER})
    rows = await pipeline.stored(ids)
    by_title = {row["title"]: row["story_id"] for row in rows.values()}
    assert all(by_title.values()), by_title
    assert by_title[quake] == by_title[toll] != by_title[rates]
    enriched = await pipeline.enriched(ids[0])
    assert enriched.schema_version == 4 and enriched.story_id == rows[ids[0]]["story_id"]
