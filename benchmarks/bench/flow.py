"""Articles through a running pipeline: posted to ingest over HTTP, waited for in
PostgreSQL, timed from the first publish to the last row committed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import psycopg

from newsflow.stack.services import ServiceProcess
from tests.pipeline import ingest_client

CONCURRENT_POSTS = 8
POLL_SECONDS = 0.25


@dataclass(frozen=True)
class Stored:
    ingested_at: datetime
    stored_at: datetime

    @property
    def latency(self) -> float:
        return (self.stored_at - self.ingested_at).total_seconds()


async def post_all(ingest: ServiceProcess, texts: Sequence[str]) -> tuple[list[str], float]:
    """Every text as fast as ingest takes them; the ids and the seconds it took."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for text in texts:
        queue.put_nowait(text)
    ids: list[str] = []
    started = time.perf_counter()
    async with ingest_client(ingest) as client:

        async def poster() -> None:
            while not queue.empty():
                ids.extend(await _post(client, queue.get_nowait()))

        await asyncio.gather(*(poster() for _ in range(CONCURRENT_POSTS)))
    return ids, time.perf_counter() - started


async def post_at_rate(
    ingest: ServiceProcess, texts: Sequence[str], per_second: float
) -> list[str]:
    """One article every 1/per_second seconds, on a fixed schedule, not after each reply."""
    ids: list[str] = []
    started = time.perf_counter()
    async with ingest_client(ingest) as client:
        posts = []
        for i, text in enumerate(texts):
            await asyncio.sleep(max(0.0, started + i / per_second - time.perf_counter()))
            posts.append(asyncio.ensure_future(_post(client, text)))
        for found in await asyncio.gather(*posts):
            ids.extend(found)
    return ids


async def _post(client: httpx.AsyncClient, text: str) -> list[str]:
    headers = {"Content-Type": "text/plain; charset=utf-8"}
    response = await client.post("/articles", content=text.encode(), headers=headers)
    response.raise_for_status()
    return list(response.json()["article_ids"])


async def wait_stored(
    database_url: str, article_ids: Sequence[str], within_seconds: float
) -> list[Stored]:
    deadline = time.monotonic() + within_seconds
    query = "SELECT article_id, ingested_at, stored_at FROM articles WHERE article_id = ANY(%s)"
    wanted = set(article_ids)
    async with await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn:
        while True:
            rows = await (await conn.execute(query, (list(wanted),))).fetchall()
            if len(rows) == len(wanted):
                return [Stored(ingested, stored) for _, ingested, stored in rows]
            if time.monotonic() > deadline:
                missing = sorted(wanted - {row[0] for row in rows})
                raise TimeoutError(
                    f"{len(rows)} of {len(wanted)} stored in {within_seconds} s;"
                    f" missing: {', '.join(missing[:10])}"
                )
            await asyncio.sleep(POLL_SECONDS)


async def pipeline_rate(
    ingest: ServiceProcess, database_url: str, texts: Sequence[str], within_seconds: float
) -> float:
    """Articles per second from the first publish to the last row committed."""
    first_publish = datetime.now(UTC)
    ids, _ = await post_all(ingest, texts)
    stored = await wait_stored(database_url, ids, within_seconds)
    last = max(row.stored_at for row in stored)
    return len(ids) / (last - first_publish).total_seconds()


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
