"""The whole pipeline: seed file, ingest, Kafka, Faust enrich, Kafka, store, PostgreSQL."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import psycopg
import pytest

from newsflow.stack.topics import ensure_topics
from newsflow_ingest.bootstrap import ingest_paths
from newsflow_ingest.settings import IngestSettings
from tests.pipeline import PipelineTopics, running, service

pytestmark = pytest.mark.e2e

SEEDS = Path(__file__).parents[2] / "seeds"
DEADLINE_SECONDS = 180


async def wait_for_rows(database_url: str, sql: str, params: tuple[object, ...], want: int) -> int:
    deadline = time.monotonic() + DEADLINE_SECONDS
    count = 0
    while time.monotonic() < deadline:
        async with await psycopg.AsyncConnection.connect(database_url) as conn:
            row = await (await conn.execute(sql, params)).fetchone()
            count = int(row[0]) if row else 0
        if count >= want:
            return count
        await asyncio.sleep(0.5)
    return count


async def test_seed_article_flows_from_file_to_postgres(
    kafka_bootstrap: str, database_url: str, tmp_path: Path
) -> None:
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=6)
    env = {"KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "DATABASE_URL": database_url, **topics.env()}
    settings = IngestSettings(kafka_bootstrap_servers=kafka_bootstrap, raw_topic=topics.raw)

    with running([service("enrich", env), service("store", env)], tmp_path):
        report = await ingest_paths(settings, [SEEDS])
        [article_id] = report.published
        stored = await wait_for_rows(
            database_url, "select count(*) from articles where article_id = %s", (article_id,), 1
        )
        assert stored == 1, "the seed article was not stored before the deadline"

    async with await psycopg.AsyncConnection.connect(database_url) as conn:
        label, compound = await (
            await conn.execute(
                "select sentiment_label, sentiment_compound from articles where article_id = %s",
                (article_id,),
            )
        ).fetchone() or (None, None)
        people = {
            name
            for (name,) in await (
                await conn.execute(
                    "select e.name from article_entities l join entities e using (entity_id)"
                    " where l.article_id = %s and e.label = 'PERSON'",
                    (article_id,),
                )
            ).fetchall()
        }
    assert label == "negative" and compound is not None and compound < 0
    assert "Zelensky" in people
