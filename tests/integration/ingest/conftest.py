"""One pipeline for the ingest paths' tests: enrich (with near-duplicate detection) and
store as real processes, on topics and a database of their own. Each test brings its own
articles, so the tests share the pipeline but never depend on one another."""

from __future__ import annotations

import asyncio
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from aiokafka import AIOKafkaConsumer
from sqlalchemy.engine import make_url

from newsflow.stack.topics import ensure_topics
from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import EnrichedArticle
from tests.pipeline import PipelineTopics, running, service

DEADLINE_SECONDS = 240


@dataclass(frozen=True)
class IngestPipeline:
    kafka_bootstrap: str
    database_url: str
    topics: PipelineTopics
    env: dict[str, str]

    def ingest_settings(self, home: Path) -> IngestSettings:
        return IngestSettings(
            kafka=KafkaSettings.plaintext(self.kafka_bootstrap),
            raw_topic=self.topics.raw,
            newsflow_home=home,
        )

    async def stored(self, article_ids: list[str]) -> dict[str, dict[str, Any]]:
        """Waits until every article has its row in PostgreSQL; returns the rows."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while True:
            rows = await self._rows(article_ids)
            if len(rows) == len(set(article_ids)) or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.5)
        assert set(rows) == set(article_ids), f"not stored in {DEADLINE_SECONDS} s: {rows.keys()}"
        return rows

    async def _rows(self, article_ids: list[str]) -> dict[str, dict[str, Any]]:
        async with await psycopg.AsyncConnection.connect(self.database_url) as conn:
            cursor = await conn.execute(
                "SELECT * FROM articles WHERE article_id = ANY(%s)", (article_ids,)
            )
            names = [column.name for column in cursor.description or []]
            return {row[0]: dict(zip(names, row, strict=True)) for row in await cursor.fetchall()}

    async def enriched(self, article_id: str) -> EnrichedArticle:
        """The enriched event of one article, read from the enriched topic."""
        consumer = AIOKafkaConsumer(
            self.topics.enriched,
            bootstrap_servers=self.kafka_bootstrap,
            auto_offset_reset="earliest",
        )
        await consumer.start()
        try:
            async with asyncio.timeout(DEADLINE_SECONDS):
                async for message in consumer:
                    if message.key == article_id.encode():
                        return EnrichedArticle.model_validate_json(message.value or b"")
        finally:
            await consumer.stop()
        raise AssertionError("unreachable")


def _database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def ingest_database(database_url: str) -> Iterator[str]:
    """A database of this module's own: other tiers count every row of theirs."""
    name = f"ingest_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield _database(database_url, name)
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
async def pipeline(kafka_bootstrap: str, ingest_database: str) -> AsyncIterator[IngestPipeline]:
    topics = PipelineTopics.unique()
    signatures = f"signatures-{topics.raw.removeprefix('raw-')}"
    stories = f"stories-{topics.raw.removeprefix('raw-')}"
    await ensure_topics(kafka_bootstrap, topics.names, partitions=3)
    await ensure_topics(kafka_bootstrap, [signatures, stories], partitions=1)
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "DATABASE_URL": ingest_database,
        "ENRICH_SIGNATURES_TOPIC": signatures,
        "ENRICH_STORIES_TOPIC": stories,
        # Small batches: each test's article is decided on as soon as it arrives.
        "ENRICH_BATCH_SECONDS": "0.2",
        **topics.env(),
    }
    run_dir = Path(tempfile.mkdtemp(prefix="newsflow-ingest-paths-"))
    with running([service("enrich", env), service("store", env)], run_dir):
        yield IngestPipeline(kafka_bootstrap, ingest_database, topics, env)
