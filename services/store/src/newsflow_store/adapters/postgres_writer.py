"""Writes a StoreBatch to PostgreSQL in two transactions, set-based statements, no row loops.

The first stages the articles and stores the batch's entities (their keys, aliases and
places) under the entity-resolution lock; the second stores the articles with their links
and quotes, all or nothing, and needs no lock, so that store workers on other partitions
write theirs at the same time. An article is never stored without its links: they commit
together. Entities committed by a first transaction whose second then fails stay, as
entities with no article yet; the batch's retry finds them by their keys and links them.

Idempotent, so that Kafka's at-least-once delivery stores every article exactly once:
a redelivered event matches no row to change, and only a newer enrichment replaces a row."""

from __future__ import annotations

from typing import Any

import psycopg

from newsflow_store.adapters import statements as sql
from newsflow_store.adapters.connection import LazyConnection
from newsflow_store.adapters.database_errors import describe, is_transient
from newsflow_store.adapters.entity_writer import (
    StoredEntities,
    known_keys,
    plan_entities,
    store_entities,
    write_links,
)
from newsflow_store.adapters.ports import RejectedWriteError, TransientWriteError, WriteResult
from newsflow_store.adapters.statements import columns
from newsflow_store.domain import QuoteRow, StoreBatch


class PostgresWriter:
    def __init__(self, database_url: str, connect_timeout: int = 10) -> None:
        self._link = LazyConnection(database_url, connect_timeout)

    async def write(self, batch: StoreBatch) -> WriteResult:
        try:
            if not batch.articles:
                return WriteResult()
            conn = await self.connection()
            async with conn.transaction():
                entities = await self._stage(conn, batch)
            async with conn.transaction():
                return await self._store_articles(conn, batch, entities)
        except psycopg.Error as error:
            if is_transient(error):
                await self.close()  # The next attempt reconnects rather than reuse a broken link.
                raise TransientWriteError(describe(error)) from error
            if error.sqlstate is None and not isinstance(error, psycopg.DataError):
                raise  # psycopg refused our call before the server saw it: a fault of ours.
            # The server refused the data, or psycopg could not send it (a NUL in a text).
            raise RejectedWriteError(describe(error), error.sqlstate) from error

    async def close(self) -> None:
        await self._link.close()

    async def connection(self) -> psycopg.AsyncConnection[Any]:
        """The writer's connection, opened if need be (a benchmark reads its server's pid)."""
        return await self._link.get()

    async def _stage(self, conn: psycopg.AsyncConnection[Any], batch: StoreBatch) -> StoredEntities:
        """Copies the articles into the session's staging table and stores the entities."""
        async with conn.cursor() as cur:
            await cur.execute(sql.STAGE_ARTICLES)
            await cur.execute(sql.CLEAR_STAGED_ARTICLES)
            guess = await known_keys(cur, batch.entities) if batch.entities else frozenset()
            async with cur.copy(sql.COPY_ARTICLES) as copy:
                for article in batch.articles:
                    await copy.write_row(article)
                # The client's share of the entities, while the server takes in the articles
                # (the COPY ends, and waits for the server, at the end of this block).
                plan = plan_entities(batch.entities, guess)
            return await store_entities(cur, batch.entities, plan)

    async def _store_articles(
        self, conn: psycopg.AsyncConnection[Any], batch: StoreBatch, entities: StoredEntities
    ) -> WriteResult:
        async with conn.cursor() as cur:
            await cur.execute(sql.UPSERT_ARTICLES)
            stored_at = {article_id: at for article_id, at in await cur.fetchall()}
            if not stored_at:
                return WriteResult(entities_inserted=entities.inserted)
            if len(stored_at) < len(batch.articles):  # a redelivery or an older version
                batch = batch.restricted_to(stored_at.keys())
            await cur.execute(sql.DELETE_LINKS, (list(stored_at),))
            await cur.execute(sql.DELETE_QUOTES, (list(stored_at),))
            links = entities.of(stored_at)
            await write_links(cur, links)
            await cur.execute(sql.INSERT_QUOTES, columns(batch.quotes, len(QuoteRow._fields)))
            return WriteResult(stored_at, entities.inserted, len(links))
