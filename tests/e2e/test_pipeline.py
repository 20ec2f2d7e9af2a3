"""The whole pipeline: seed files, ingest, Kafka, Faust enrich, Kafka, store, PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from newsflow_ingest.domain import parse_article
from tests.e2e.conftest import SEEDS, Pipeline

pytestmark = pytest.mark.e2e

WAR_SEED = SEEDS / "000_4df16f0c322def31.txt"


def seed_id(path: Path) -> str:
    return parse_article(path.read_text(), source="test", ingested_at=datetime.now(UTC)).article_id


async def test_every_seed_article_is_stored_once(pipeline: Pipeline) -> None:
    async with await psycopg.AsyncConnection.connect(pipeline.database_url) as conn:
        cursor = await conn.execute("SELECT article_id FROM articles")
        stored = [row[0] for row in await cursor.fetchall()]
    assert sorted(stored) == sorted(pipeline.seed_ids)
    assert len(pipeline.seed_ids) == len(list(SEEDS.glob("*.txt")))


async def test_the_war_seed_is_negative_and_names_zelensky_as_a_person(
    pipeline: Pipeline,
) -> None:
    article_id = seed_id(WAR_SEED)
    async with await psycopg.AsyncConnection.connect(pipeline.database_url) as conn:
        cursor = await conn.execute(
            "SELECT sentiment_label, sentiment_compound FROM articles WHERE article_id = %s",
            (article_id,),
        )
        label, compound = await cursor.fetchone() or (None, None)
        cursor = await conn.execute(
            "SELECT e.name FROM article_entities AS l JOIN entities AS e USING (entity_id)"
            " WHERE l.article_id = %s AND e.type = 'PERSON'",
            (article_id,),
        )
        people = {name for (name,) in await cursor.fetchall()}
    assert label == "negative" and compound is not None and compound < 0
    assert any("Zelensky" in name for name in people), people
