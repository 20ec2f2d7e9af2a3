"""The search indexer: fills `articles.search` for the rows the writer stored without one.

Set-based batches, oldest first, each in its own transaction, on a connection of its own,
so the write path never waits for text search. FOR UPDATE SKIP LOCKED lets every store
worker run one without two taking the same rows, and a crash loses nothing: the vector is
derived from the row, so a row left NULL is simply taken on the next pass, after a restart
if need be. An article whose vector PostgreSQL refuses (a body too big for a tsvector) is
given an empty one, so it is still stored and readable, just not found by full-text search;
it is logged and counted, and never stalls the indexing of the others."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import psycopg

from newsflow_store.adapters.connection import LazyConnection
from newsflow_store.adapters.database_errors import describe, is_transient
from newsflow_store.adapters.kafka_consumer import stopped_within
from newsflow_store.metrics import SearchIndexMetrics
from newsflow_store.search import vector

log = logging.getLogger(__name__)

PICK = """
SELECT article_id FROM articles WHERE search IS NULL
ORDER BY stored_at LIMIT %s FOR UPDATE SKIP LOCKED
"""
FILL = f"UPDATE articles AS a SET search = {vector('a')} WHERE a.article_id = ANY(%s::text[])"
BLANK = "UPDATE articles SET search = ''::tsvector WHERE article_id = %s"
BACKLOG = "SELECT count(*) FROM articles WHERE search IS NULL"


class SearchIndexer:
    def __init__(
        self,
        database_url: str,
        metrics: SearchIndexMetrics,
        batch_size: int = 500,
        connect_timeout: int = 10,
    ) -> None:
        self._link = LazyConnection(database_url, connect_timeout)
        self._metrics = metrics
        self._batch_size = batch_size

    async def index_backlog(self) -> int:
        """Indexes batch after batch until none is left; returns how many it indexed."""
        total = 0
        while (indexed := await self.index_batch()) > 0:
            total += indexed
            if indexed < self._batch_size:
                break
        self._metrics.backlog.set(await self.backlog())
        return total

    async def index_batch(self) -> int:
        conn = await self._link.get()
        async with conn.transaction():
            picked = await (await conn.execute(PICK, (self._batch_size,))).fetchall()
            ids = [row[0] for row in picked]
            if ids:
                await self._fill(conn, ids)
        self._metrics.indexed.inc(len(ids))
        return len(ids)

    async def backlog(self) -> int:
        found = await (await (await self._link.get()).execute(BACKLOG)).fetchone()
        return int(found[0]) if found else 0

    def failed(self) -> None:
        self._metrics.errors.labels(reason="pass_failed").inc()

    async def close(self) -> None:
        await self._link.close()

    async def _fill(self, conn: psycopg.AsyncConnection[Any], ids: list[str]) -> None:
        """The whole batch in one statement; if the data refuses, one article at a time."""
        try:
            async with conn.transaction():
                await conn.execute(FILL, (ids,))
        except psycopg.Error as error:
            if is_transient(error):
                raise
            for article_id in ids:
                await self._fill_one(conn, article_id)

    async def _fill_one(self, conn: psycopg.AsyncConnection[Any], article_id: str) -> None:
        try:
            async with conn.transaction():
                await conn.execute(FILL, ([article_id],))
        except psycopg.Error as error:
            if is_transient(error):
                raise
            log.warning("article %s cannot be indexed for search: %s", article_id, describe(error))
            self._metrics.errors.labels(reason="unindexable").inc()
            await conn.execute(BLANK, (article_id,))


async def keep_indexing(indexer: SearchIndexer, stop: asyncio.Event, every: float) -> None:
    """Indexes the backlog every `every` seconds until `stop` is set. A failing pass (the
    database away, say) is logged, counted and tried again: search stays correct meanwhile,
    only slower for the rows still waiting."""
    try:
        while not stop.is_set():
            try:
                await indexer.index_backlog()
            except Exception as error:  # never the end of the store
                log.warning("search indexing failed, trying again in %.1fs: %r", every, error)
                indexer.failed()
                await indexer.close()
            await stopped_within(stop, every)
    finally:
        await indexer.close()
