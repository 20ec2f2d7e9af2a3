"""Store write throughput: the batched, set-based writer against a per-row INSERT loop.

    uv run python -m benchmarks.store_throughput [--articles 3000] [--batch 500] [--writers 2]

Starts a throwaway PostgreSQL (the embedded server the stack uses) on a free port, writes
the same synthetic articles both ways into two fresh databases, and prints articles/s, and
the CPU time the batched writer took on each side (the figure to trust on a busy machine).

The batched writer runs as the store's process runs it: each batch's rows are made a slice
at a time while the batch before is written (`newsflow_store.adapters.overlap`), with the
store's pace of garbage collection (`newsflow_store.collector`).
What the loop does besides (decoding the events, committing offsets) is left out.
With --writers N, N processes write a share of the events each at once, as N store workers
do on their partitions (the k8s default runs two); the rate is all the events over the time
from the first write's start to the last one's end.

The search indexer does not run here: since migration 0003 the full-text vector is off the
write path (docs/store.md, "Search")."""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import shutil
import tempfile
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import psycopg

from newsflow.stack.ports import free_port
from newsflow.stack.postgres import PostgresNode, start_postgres, stop_postgres
from newsflow_store.adapters.overlap import overlapped, rows_in_slices
from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.collector import fewer_collections
from newsflow_store.domain import ArticleRow, StoreBatch, to_rows
from newsflow_store.migrations import migrate
from tests.factories import canonical, enriched, quote, raw_article

WORDS = [
    "markets",
    "storm",
    "council",
    "rally",
    "flood",
    "minister",
    "league",
    "court",
    "harbour",
    "strike",
]
NAMES = [
    f"{first} {last}"
    for first in ("Ana", "Ben", "Chidi", "Dana", "Emil")
    for last in ("Okoro", "Silva", "Novak", "Berg", "Tanaka", "Reyes", "Haddad", "Kim")
]


def synthetic_events(count: int, seed: int = 7) -> list[Any]:
    rng = random.Random(seed)
    events = []
    for i in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(500))
        people = rng.sample(NAMES, 15)
        entities = [
            canonical(
                name,
                "PERSON",
                [f"PERSON:{name.lower()}", f"PERSON:{name.split()[1].lower()}"],
                count=rng.randint(1, 6),
                sentiment=rng.uniform(-1, 1),
            )
            for name in people
        ]
        article = raw_article(title=f"Story {i}", body=body)
        events.append(enriched(article, canonical_entities=entities, quotes=[quote("Yes.")]))
    return events


@dataclass(frozen=True)
class Timing:
    """Wall time, and the CPU time of this process and of the writer's server backend: on a
    shared machine the CPU times say what the write costs, the wall time what it waited."""

    wall: float
    client_cpu: float
    server_cpu: float | None  # None when the server's process cannot be read (not local)
    span: tuple[float, float] = (0.0, 0.0)  # perf_counter at the start and the end

    @classmethod
    def together(cls, timings: list[Timing]) -> Timing:
        """Writers that ran at once: from the first start to the last end, CPU summed."""
        started, ended = min(t.span[0] for t in timings), max(t.span[1] for t in timings)
        servers = [t.server_cpu for t in timings]
        server = None if None in servers else sum(s for s in servers if s is not None)
        return cls(ended - started, sum(t.client_cpu for t in timings), server, (started, ended))


def backend_cpu(pid: int) -> float | None:
    """utime + stime of a local server process, from /proc (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def timed_batches(
    url: str, events: list[Any], batch_size: int, ready: Barrier | None = None
) -> Timing:
    writer = PostgresWriter(url)
    pid = (await writer.connection()).info.backend_pid
    if ready is not None:
        await asyncio.to_thread(ready.wait)

    async def batches() -> AsyncGenerator[list[Any], None]:
        for start in range(0, len(events), batch_size):
            yield events[start : start + batch_size]

    async def prepare(batch: list[Any]) -> StoreBatch:
        return await rows_in_slices(batch, {})

    async def write(_: list[Any], rows: StoreBatch) -> bool:
        await writer.write(rows)
        return True

    server, client, started = backend_cpu(pid), time.process_time(), time.perf_counter()
    with fewer_collections():  # as the store's process runs
        await overlapped(batches(), prepare, write)
    ended = time.perf_counter()
    client = time.process_time() - client
    server_after = backend_cpu(pid)
    await writer.close()
    used = None if server is None or server_after is None else server_after - server
    return Timing(ended - started, client, used, (started, ended))


def _writer_process(
    url: str, count: int, batch_size: int, share: int, writers: int, ready: Barrier
) -> Timing:
    events = synthetic_events(count)[share::writers]
    return asyncio.run(timed_batches(url, events, batch_size, ready))


def timed_writers(url: str, count: int, batch_size: int, writers: int) -> Timing:
    """synthetic_events(count) written by `writers` processes at once, a share each."""
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        ready = manager.Barrier(writers)
        with context.Pool(writers) as pool:
            jobs = [(url, count, batch_size, share, writers, ready) for share in range(writers)]
            return Timing.together(pool.starmap(_writer_process, jobs))


# Built from the row's fields, so that a column added to ArticleRow cannot break it again.
ROW_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ArticleRow._fields)})"
    f" VALUES ({', '.join(['%s'] * len(ArticleRow._fields))})"
    " ON CONFLICT (article_id) DO NOTHING"
)


async def row_by_row(url: str, events: list[Any]) -> float:
    """What a straightforward sink does: one statement per row, one transaction per event."""
    started = time.perf_counter()
    async with await psycopg.AsyncConnection.connect(url) as conn:
        for event in events:
            batch = to_rows([event])
            async with conn.transaction():
                await conn.execute(ROW_ARTICLE, batch.articles[0])
                for row in batch.entities:
                    found = await (
                        await conn.execute(
                            "SELECT entity_id FROM entity_keys WHERE key = %s", (row.primary_key,)
                        )
                    ).fetchone()
                    if found is None:
                        found = await (
                            await conn.execute(
                                "INSERT INTO entities (name, type, kind) VALUES (%s, %s, %s)"
                                " RETURNING entity_id",
                                (row.name, row.type, row.kind),
                            )
                        ).fetchone()
                        assert found is not None  # INSERT … RETURNING returns its row
                        await conn.execute(
                            "INSERT INTO entity_keys VALUES (%s, %s, true)",
                            (row.primary_key, found[0]),
                        )
                    await conn.execute(
                        "INSERT INTO article_entities VALUES (%s, %s, %s, %s, %s, %s)",
                        (
                            row.article_id,
                            found[0],
                            row.mention_count,
                            row.salience,
                            row.sentiment,
                            row.first_start,
                        ),
                    )
    return time.perf_counter() - started


def new_database(admin_url: str, name: str) -> str:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    migrate(url)
    return url


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--writers", type=int, default=1, help="store workers writing at once")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="newsflow-bench-"))
    node = PostgresNode(home / "pg", free_port())
    try:
        admin_url = start_postgres(node)
        events = synthetic_events(args.articles)
        fast = timed_writers(
            new_database(admin_url, "batched"), args.articles, args.batch, args.writers
        )
        row_seconds = asyncio.run(row_by_row(new_database(admin_url, "row_by_row"), events))
        print(f"{args.articles} articles, 15 entities and 1 quote each, on PostgreSQL 18")
        batched_rate, row_rate = args.articles / fast.wall, args.articles / row_seconds
        writers = f"{args.writers} writers, " if args.writers > 1 else ""
        print(f"batched writer ({writers}batches of {args.batch}): {batched_rate:8.0f} articles/s")
        print(f"per-row INSERT loop:            {row_rate:8.0f} articles/s")
        print(f"speed-up: {row_seconds / fast.wall:.1f}x")
        per_1000 = 1000 / args.articles
        server = "n/a" if fast.server_cpu is None else f"{fast.server_cpu * per_1000:.2f} s"
        print(
            f"batched writer CPU per 1,000 articles: client {fast.client_cpu * per_1000:.2f} s"
            f" (to_rows included), server backend {server}"
        )
    finally:
        stop_postgres(node)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
