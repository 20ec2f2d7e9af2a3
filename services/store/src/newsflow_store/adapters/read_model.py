"""Reading stored articles back, for the CLI to show what the pipeline made of them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class EntityCount:
    name: str
    label: str
    mention_count: int


@dataclass(frozen=True)
class ArticleSummary:
    article_id: str
    title: str
    sentiment_label: str
    sentiment_compound: float
    top_entities: tuple[EntityCount, ...]


# The lateral join ranks each article's own links, so the limit applies per article.
SUMMARIES = """
SELECT a.article_id, a.title, a.sentiment_label, a.sentiment_compound,
       COALESCE(top.entities, '[]'::jsonb)
FROM articles AS a
LEFT JOIN LATERAL (
    SELECT jsonb_agg(jsonb_build_array(e.name, e.type, ae.mention_count)
                     ORDER BY ae.salience DESC, ae.mention_count DESC, ae.first_start) AS entities
    FROM (SELECT entity_id, mention_count, salience, first_start
          FROM article_entities
          WHERE article_id = a.article_id
          ORDER BY salience DESC, mention_count DESC, first_start
          LIMIT %(top)s) AS ae
    JOIN entities AS e USING (entity_id)
) AS top ON true
WHERE %(ids)s::text[] IS NULL OR a.article_id = ANY(%(ids)s::text[])
ORDER BY a.ingested_at DESC, a.article_id
LIMIT %(limit)s
"""

COUNT = "SELECT count(*) FROM articles WHERE article_id = ANY(%s::text[])"


async def stored_summaries(
    database_url: str,
    article_ids: Sequence[str] | None = None,
    top_entities: int = 5,
    limit: int = 100,
) -> list[ArticleSummary]:
    """These articles (or the latest `limit` when no ids are given), newest ingested first."""
    ids = list(article_ids) if article_ids is not None else None
    params = {"ids": ids, "top": top_entities, "limit": len(ids) if ids is not None else limit}
    async with await psycopg.AsyncConnection.connect(database_url) as conn:
        cursor = await conn.execute(SUMMARIES, params)
        return [_summary(*row) for row in await cursor.fetchall()]


async def wait_until_stored(
    database_url: str, article_ids: Sequence[str], within_seconds: float, poll_seconds: float = 0.5
) -> bool:
    """True once every one of these articles is stored; False when the time runs out first.
    A database that is not reachable yet counts as nothing stored so far."""
    deadline = time.monotonic() + within_seconds
    while time.monotonic() < deadline:
        try:
            if await count_articles(database_url, article_ids) >= len(set(article_ids)):
                return True
        except psycopg.OperationalError:
            pass
        await asyncio.sleep(poll_seconds)
    return False


async def count_articles(database_url: str, article_ids: Sequence[str]) -> int:
    """How many of these articles are stored: the CLI polls it to know when a run is done."""
    async with await psycopg.AsyncConnection.connect(database_url) as conn:
        cursor = await conn.execute(COUNT, (list(article_ids),))
        row = await cursor.fetchone()
        return int(row[0]) if row else 0


def _summary(
    article_id: str, title: str, label: str, compound: float, entities: list[list[object]]
) -> ArticleSummary:
    return ArticleSummary(
        article_id=article_id,
        title=title,
        sentiment_label=label,
        sentiment_compound=compound,
        top_entities=tuple(EntityCount(str(n), str(lb), int(str(c))) for n, lb, c in entities),
    )
