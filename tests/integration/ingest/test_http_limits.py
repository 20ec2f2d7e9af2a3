"""The ingest service's limits against a real uvicorn and a real broker: a streamed body
over the cap and an article the broker refuses for its size both get a 413, not a 503."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import AsyncIterator

import pytest

from newsflow.stack.services import ServiceProcess
from newsflow.stack.topics import ensure_topics
from tests.pipeline import ingest_client, running, service

pytestmark = pytest.mark.integration

MAX_BODY_BYTES = 64 * 1024
TOPIC_MAX_MESSAGE_BYTES = 10_000


async def _small_message_topic(bootstrap: str) -> str:
    """A raw topic whose broker refuses any message over TOPIC_MAX_MESSAGE_BYTES."""
    name = f"raw-small-{uuid.uuid4().hex[:8]}"
    config = {"max.message.bytes": str(TOPIC_MAX_MESSAGE_BYTES)}
    await ensure_topics(bootstrap, [name], partitions=1, configs=config)
    return name


@pytest.fixture(scope="module")
async def ingest(
    kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[ServiceProcess]:
    home = tmp_path_factory.mktemp("ingest-limits")
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "RAW_TOPIC": await _small_message_topic(kafka_bootstrap),
        "NEWSFLOW_HOME": str(home),
        "INGEST_MAX_BODY_BYTES": str(MAX_BODY_BYTES),
    }
    ingest = service("ingest", env)
    with running([ingest], home / "run"):
        yield ingest


async def _chunks(total: int, size: int = 8 * 1024) -> AsyncIterator[bytes]:
    for _ in range(total // size):
        yield b" " * size


async def test_a_chunked_body_over_the_cap_is_a_413_and_the_service_carries_on(
    ingest: ServiceProcess,
) -> None:
    async with ingest_client(ingest) as http:
        refused = await http.post(
            "/articles",
            content=_chunks(10 * MAX_BODY_BYTES),
            headers={"content-type": "application/json"},
        )
        accepted = await http.post("/articles", json={"title": uuid.uuid4().hex, "body": "Short."})
    assert refused.status_code == 413
    assert refused.json()["detail"].startswith(f"the request body is larger than {MAX_BODY_BYTES}")
    assert accepted.status_code == 202


async def test_an_article_the_broker_refuses_for_its_size_is_a_413_not_a_503(
    ingest: ServiceProcess,
) -> None:
    # Random words: the producer compresses, and the broker measures what it receives.
    words = (secrets.token_urlsafe(6) for _ in range(4 * TOPIC_MAX_MESSAGE_BYTES // 9))
    big = {"title": uuid.uuid4().hex, "body": " ".join(words)}
    async with ingest_client(ingest, timeout=60) as http:
        response = await http.post("/articles", json=big)
    assert response.status_code == 413, response.text
    assert "is larger than Kafka accepts" in response.json()["detail"]
    assert "MessageSizeTooLargeError" in response.json()["detail"]
