"""The ingest service's limits against a real uvicorn and a real broker: a streamed body
over the cap and an article the broker refuses for its size both get a 413, not a 503."""

from __future__ import annotations

import asyncio
import json
import secrets
import uuid
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

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


async def _post_then_read(url: str, token: str, body: bytes) -> tuple[int | None, str]:
    """A plain asyncio client that sends the whole request before it reads a byte, as
    many do. Returns the status and body, or None and why nothing came back."""
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    head = (
        f"POST /articles HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    try:
        writer.write(head.encode() + body)
        await writer.drain()
        answer = await reader.read()
    except OSError as error:
        return None, repr(error)
    finally:
        writer.close()
    status_line, _, rest = answer.partition(b"\r\n")
    return int(status_line.split()[1]), rest.split(b"\r\n\r\n", 1)[-1].decode()


async def test_a_client_that_reads_only_after_its_oversized_upload_still_gets_the_413(
    ingest: ServiceProcess,
) -> None:
    # Had ingest closed the socket over the unread upload, the client's kernel would get a
    # reset, and asyncio drops the connection, 413 and all, on the write that meets it.
    # Many tries, because that loss depends on how far the upload got.
    body = b" " * (3 * MAX_BODY_BYTES)  # within the four times the limit ingest reads on
    answers = [
        await _post_then_read(ingest.url, ingest.env["INGEST_TOKEN"], body) for _ in range(25)
    ]
    assert {status for status, _ in answers} == {413}, answers[:3]
    reasons = {json.loads(text)["detail"].split(";")[0] for _, text in answers}
    assert reasons == {f"the request body is larger than {MAX_BODY_BYTES} bytes"}
