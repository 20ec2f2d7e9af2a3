"""Articles in Russian, German and Arabic, posted to ingest as plain text with no language
named, come out of the whole pipeline (ingest, enrich, store, read API; topics and a
database of this module's own) stored with the language detected in their text, with no
entities, and the read API lists each by its language."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsflow.stack.services import ServiceProcess
from newsflow.stack.topics import ensure_topics
from newsflow_store.adapters.read_model import wait_until_stored
from tests.e2e.test_doc_commands import fresh_database
from tests.languages import EXPECTED
from tests.pipeline import PipelineTopics, ingest_client, running, service

pytestmark = pytest.mark.e2e

DEADLINE_SECONDS = 240


@dataclass(frozen=True)
class Posted:
    api: ServiceProcess
    languages: dict[str, str]  # article_id: the language it is written in


@pytest.fixture(scope="module")
async def posted(
    kafka_bootstrap: str, database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Posted]:
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=3)
    database = fresh_database(database_url)
    env = {"KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "DATABASE_URL": database, **topics.env()}
    ingest, api = service("ingest", env), service("api", env)
    run_dir: Path = tmp_path_factory.mktemp("languages")
    # The API after the rest: store migrates the database at start-up.
    pipeline = [ingest, service("enrich", env), service("store", env)]
    with running(pipeline, run_dir), running([api], run_dir):
        languages = await post_as_text(ingest)
        stored = await wait_until_stored(database, list(languages), DEADLINE_SECONDS)
        assert stored, f"articles not stored within {DEADLINE_SECONDS} s"
        yield Posted(api, languages)


async def post_as_text(ingest: ServiceProcess) -> dict[str, str]:
    languages = {}
    async with ingest_client(ingest) as client:
        for text, language in EXPECTED.items():
            response = await client.post(
                "/articles", content=text.encode(), headers={"content-type": "text/plain"}
            )
            assert response.status_code == 202, response.text
            [article_id] = response.json()["article_ids"]
            languages[article_id] = language
    return languages


async def get(api: ServiceProcess, path: str, **params: str) -> Any:
    async with httpx.AsyncClient(base_url=api.url, timeout=10) as client:
        response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


async def test_each_article_is_listed_under_its_own_language(posted: Posted) -> None:
    for article_id, language in posted.languages.items():
        page = await get(posted.api, "/articles", language=language)
        listed = {a["article_id"]: a["language"] for a in page["items"]}
        assert listed == {article_id: language}


async def test_only_the_english_article_has_entities(posted: Posted) -> None:
    for article_id, language in posted.languages.items():
        article = await get(posted.api, f"/articles/{article_id}")
        assert article["language"] == language
        assert bool(article["entities"]) == (language == "en"), article
