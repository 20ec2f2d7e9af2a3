"""One whole pipeline for the e2e tier: topics of its own, enrich, store and the read API
as real processes, and every seed article ingested and stored before the first test."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsflow.stack.topics import ensure_topics
from newsflow_ingest.bootstrap import ingest_paths
from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_store.adapters.read_model import wait_until_stored
from tests.pipeline import PipelineTopics, running, service

SEEDS = Path(__file__).parents[2] / "seeds"
DEADLINE_SECONDS = 240


@dataclass(frozen=True)
class Pipeline:
    kafka_bootstrap: str
    database_url: str
    topics: PipelineTopics
    api_url: str
    seed_ids: tuple[str, ...]
    env: dict[str, str]


@pytest.fixture(scope="session")
async def pipeline(kafka_bootstrap: str, database_url: str) -> AsyncIterator[Pipeline]:
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=6)
    stories = f"stories-{topics.raw.removeprefix('raw-')}"
    await ensure_topics(kafka_bootstrap, [stories], partitions=1)
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "DATABASE_URL": database_url,
        "ENRICH_STORIES_TOPIC": stories,
        **topics.env(),
    }
    services = [service("enrich", env), service("store", env), service("api", env)]
    run_dir = Path(tempfile.mkdtemp(prefix="newsflow-e2e-"))
    with running(services, run_dir):
        settings = IngestSettings(
            kafka=KafkaSettings.plaintext(kafka_bootstrap),
            raw_topic=topics.raw,
            newsflow_home=run_dir,
        )
        report = await ingest_paths(settings, [SEEDS])
        stored = await wait_until_stored(database_url, report.published, DEADLINE_SECONDS)
        assert stored, f"seed articles not stored within {DEADLINE_SECONDS} s"
        api_url = services[2].metrics_url.removesuffix("/metrics")
        yield Pipeline(kafka_bootstrap, database_url, topics, api_url, tuple(report.published), env)


@pytest.fixture
async def api(pipeline: Pipeline) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the shared pipeline's read API."""
    async with httpx.AsyncClient(base_url=pipeline.api_url, timeout=10) as client:
        yield client


async def get(api: httpx.AsyncClient, path: str, **params: Any) -> Any:
    """A read API answer that must be 200, as JSON."""
    response = await api.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()
