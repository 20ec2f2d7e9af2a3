"""The read API's SQL, run on a pool of read-only sessions."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import dict_row
from psycopg.sql import SQL, Identifier
from psycopg_pool import AsyncConnectionPool

from newsflow_store.search import matches

ARTICLE_COLUMNS = """a.article_id, a.title, a.url, a.source, a.published_at, a.ingested_at,
    a.sentiment_label, a.sentiment_compound, a.duplicate_of, a.language, a.story_id"""

# Finds an article whether the search indexer has reached it yet or not (search.py).
MATCHES_Q = matches("a", "%(q)s")

MATCHING_ENTITIES = """
SELECT e.entity_id FROM entities AS e
WHERE (%(type)s::text IS NULL OR e.type = %(type)s)
  AND (%(entity)s::text IS NULL
       OR lower(e.name) = lower(%(entity)s)
       OR e.entity_id IN (SELECT entity_id FROM entity_aliases
                          WHERE lower(alias) = lower(%(entity)s)))
"""

# Every filter is optional: a NULL parameter switches its condition off.
ARTICLES = f"""
SELECT {ARTICLE_COLUMNS}
FROM articles AS a
WHERE (%(since)s::timestamptz IS NULL OR a.ingested_at >= %(since)s)
  AND (%(until)s::timestamptz IS NULL OR a.ingested_at < %(until)s)
  AND (%(sentiment)s::text IS NULL OR a.sentiment_label = %(sentiment)s)
  AND (%(source)s::text IS NULL OR a.source = %(source)s)
  AND (%(source_prefix)s::text IS NULL OR starts_with(a.source, %(source_prefix)s))
  AND (%(language)s::text IS NULL OR a.language = %(language)s)
  AND (%(q)s::text IS NULL OR {MATCHES_Q})
  AND ((%(entity)s::text IS NULL AND %(type)s::text IS NULL) OR EXISTS (
        SELECT 1 FROM article_entities AS ae
        WHERE ae.article_id = a.article_id AND ae.entity_id IN ({MATCHING_ENTITIES})))
  AND (%(after_at)s::timestamptz IS NULL
       OR (a.ingested_at, a.article_id) < (%(after_at)s, %(after_id)s::text))
ORDER BY a.ingested_at DESC, a.article_id DESC
LIMIT %(limit)s
"""

ARTICLE = f"""
SELECT {ARTICLE_COLUMNS}, a.standfirst, a.body, a.enriched_at, a.stored_at, a.trace_id
FROM articles AS a WHERE a.article_id = %s
"""

ARTICLE_ENTITIES = """
SELECT e.entity_id, e.name, e.type, ae.mention_count, ae.salience, ae.sentiment,
       ae.first_start
FROM article_entities AS ae JOIN entities AS e USING (entity_id)
WHERE ae.article_id = %s
ORDER BY ae.salience DESC, ae.mention_count DESC, e.entity_id
"""

# The mentions' offsets live only in the stored event; article_entities.first_start is the
# smallest start of each entity's mentions, which ties a canonical entity to its row.
ARTICLE_MENTIONS = """
SELECT a.event -> 'canonical_entities' AS canonical_entities FROM articles AS a
WHERE a.article_id = %s
"""

ARTICLE_QUOTES = """
SELECT text, speaker, speaker_entity_id FROM quotes WHERE article_id = %s ORDER BY position
"""

TOP_ENTITIES = """
SELECT e.entity_id, e.name, e.type, sum(ae.mention_count)::int AS mention_count,
       count(*)::int AS article_count
FROM article_entities AS ae
JOIN articles AS a USING (article_id)
JOIN entities AS e USING (entity_id)
WHERE (%(since)s::timestamptz IS NULL OR a.ingested_at >= %(since)s)
  AND (%(until)s::timestamptz IS NULL OR a.ingested_at < %(until)s)
  AND (%(type)s::text IS NULL OR e.type = %(type)s)
GROUP BY e.entity_id
ORDER BY mention_count DESC, e.entity_id
LIMIT %(limit)s OFFSET %(offset)s
"""

ENTITY = """
SELECT e.entity_id, e.name, e.type, e.kind, e.geonames_id, e.country_code, e.latitude,
       e.longitude,
       (SELECT count(*)::int FROM article_entities WHERE entity_id = e.entity_id)
            AS article_count,
       (SELECT sum(sentiment * mention_count) / nullif(sum(mention_count), 0)
        FROM article_entities WHERE entity_id = e.entity_id AND sentiment IS NOT NULL)
            AS average_sentiment,
       ARRAY(SELECT alias FROM entity_aliases WHERE entity_id = e.entity_id ORDER BY alias)
            AS aliases
FROM entities AS e WHERE e.entity_id = %s
"""

ENTITY_DAYS = """
SELECT (a.ingested_at AT TIME ZONE 'UTC')::date AS day,
       sum(ae.mention_count)::int AS mention_count, count(*)::int AS article_count
FROM article_entities AS ae JOIN articles AS a USING (article_id)
WHERE ae.entity_id = %s
GROUP BY day ORDER BY day
"""


def _read_only(set_role: str | None) -> Callable[[AsyncConnection[Any]], Awaitable[None]]:
    """Every session reads only, in read-only transactions, so that even a misrouted
    statement cannot write; the login's own privileges are what make sure of it. Dev mode's
    fallback login also drops to `set_role` where the migration could create it."""

    async def configure(conn: AsyncConnection[Any]) -> None:
        await conn.set_autocommit(True)
        if set_role is not None:
            cursor = await conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (set_role,))
            if await cursor.fetchone():
                await conn.execute(SQL("SET ROLE {}").format(Identifier(set_role)))
        await conn.execute("SET default_transaction_read_only = on")
        await conn.execute("SET statement_timeout = '10s'")

    return configure


@dataclass
class ReadQueries:
    pool: AsyncConnectionPool[AsyncConnection[dict[str, Any]]]

    @classmethod
    def connect(
        cls, database_url: str, max_size: int = 8, set_role: str | None = None
    ) -> ReadQueries:
        pool = AsyncConnectionPool(
            database_url,
            # No connection before the first request: the API may start while the store is
            # still migrating, and a session opened before the reader role exists would
            # never take it on.
            min_size=0,
            max_size=max_size,
            open=False,
            configure=_read_only(set_role),
            kwargs={"row_factory": dict_row},
        )
        return cls(pool)

    async def reachable(self, wait_seconds: float = 2.0) -> bool:
        """For /readyz: a session can be had and answers, within `wait_seconds`."""
        async with self.pool.connection(timeout=wait_seconds) as conn:
            await conn.execute("SELECT 1")
        return True

    async def all(self, sql: str, params: Any) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            return await (await conn.execute(sql, params)).fetchall()

    async def one(self, sql: str, params: Any) -> dict[str, Any] | None:
        rows = await self.all(sql, params)
        return rows[0] if rows else None

    async def articles(
        self, filters: dict[str, Any], after: tuple[datetime | None, str | None], limit: int
    ) -> list[dict[str, Any]]:
        params = {**filters, "after_at": after[0], "after_id": after[1], "limit": limit}
        return await self.all(ARTICLES, params)
