"""Writes a StoreBatch to PostgreSQL: one transaction, one set-based statement per table.

Idempotent, so that Kafka's at-least-once delivery stores every article exactly once:
a redelivered event matches no row to change, and only a newer enrichment replaces a row."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import psycopg

from newsflow_store.adapters.ports import RejectedWriteError, TransientWriteError, WriteResult
from newsflow_store.domain import ArticleRow, EntityRow, LinkRow, StoreBatch

_ARTICLE_TYPES = {
    "published_at": "timestamptz",
    "ingested_at": "timestamptz",
    "enriched_at": "timestamptz",
    "sentiment_compound": "double precision",
    "schema_version": "smallint",
    "event": "jsonb",
}


def _unnest(columns: Sequence[str], types: dict[str, str]) -> str:
    return ", ".join(f"%s::{types.get(column, 'text')}[]" for column in columns)


_ARTICLE_COLUMNS = ArticleRow._fields
_UPDATED = ", ".join(f"{c} = EXCLUDED.{c}" for c in _ARTICLE_COLUMNS if c != "article_id")

# The WHERE makes a redelivery a no-op (stored_at included); RETURNING names what changed.
UPSERT_ARTICLES = f"""
INSERT INTO articles ({", ".join(_ARTICLE_COLUMNS)})
SELECT * FROM unnest({_unnest(_ARTICLE_COLUMNS, _ARTICLE_TYPES)})
ON CONFLICT (article_id) DO UPDATE SET {_UPDATED}, stored_at = now()
WHERE articles.enriched_at < EXCLUDED.enriched_at
RETURNING article_id, stored_at
"""

DELETE_LINKS = "DELETE FROM article_entities WHERE article_id = ANY(%s::text[])"

INSERT_ENTITIES = f"""
INSERT INTO entities ({", ".join(EntityRow._fields)})
SELECT * FROM unnest({_unnest(EntityRow._fields, {})})
ON CONFLICT (key, label) DO NOTHING
"""

# The join looks the entity ids up in the same statement that inserts the links.
INSERT_LINKS = f"""
INSERT INTO article_entities (article_id, entity_id, mention_count, first_start)
SELECT l.article_id, e.entity_id, l.mention_count, l.first_start
FROM unnest({_unnest(LinkRow._fields, {"mention_count": "integer", "first_start": "integer"})})
    AS l({", ".join(LinkRow._fields)})
JOIN entities AS e ON e.key = l.key AND e.label = l.label
"""


def columns(rows: Sequence[tuple[Any, ...]], width: int) -> list[list[Any]]:
    """Rows to one list per column: the shape unnest() takes."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[]] * width


class PostgresWriter:
    def __init__(self, database_url: str, connect_timeout: int = 10) -> None:
        self._url = database_url
        self._connect_timeout = connect_timeout
        self._conn: psycopg.AsyncConnection[Any] | None = None

    async def write(self, batch: StoreBatch) -> WriteResult:
        try:
            conn = await self._connection()
            async with conn.transaction():
                return await self._write(conn, batch)
        except psycopg.OperationalError as error:
            await self.close()  # The next attempt reconnects rather than reuse a broken link.
            raise TransientWriteError(str(error)) from error
        except (psycopg.DataError, psycopg.IntegrityError) as error:
            raise RejectedWriteError(str(error)) from error

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close()

    async def _connection(self) -> psycopg.AsyncConnection[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = await psycopg.AsyncConnection.connect(
                self._url, autocommit=True, connect_timeout=self._connect_timeout
            )
        return self._conn

    async def _write(self, conn: psycopg.AsyncConnection[Any], batch: StoreBatch) -> WriteResult:
        stored_at = await self._upsert_articles(conn, batch.articles)
        if not stored_at:
            return WriteResult()
        changed = batch.restricted_to(stored_at.keys())
        async with conn.cursor() as cur:
            await cur.execute(DELETE_LINKS, (list(stored_at),))
            await cur.execute(INSERT_ENTITIES, columns(changed.entities, len(EntityRow._fields)))
            entities_inserted = cur.rowcount
            await cur.execute(INSERT_LINKS, columns(changed.links, len(LinkRow._fields)))
            return WriteResult(stored_at, entities_inserted, cur.rowcount)

    async def _upsert_articles(
        self, conn: psycopg.AsyncConnection[Any], articles: Sequence[ArticleRow]
    ) -> dict[str, datetime]:
        if not articles:
            return {}
        async with conn.cursor() as cur:
            await cur.execute(UPSERT_ARTICLES, columns(articles, len(_ARTICLE_COLUMNS)))
            return {article_id: stored_at for article_id, stored_at in await cur.fetchall()}
