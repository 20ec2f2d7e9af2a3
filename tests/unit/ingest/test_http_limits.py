"""POST /articles refuses a body or a batch over its limit with a 413, keeping no more of
it than the limit; it reads and drops the rest of a refused body up to four times the
limit, so that the client sees the answer."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import Depends, FastAPI, Request
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_ingest import bootstrap
from newsflow_ingest.adapters import http_articles
from newsflow_ingest.adapters.http_api import create_app
from newsflow_ingest.adapters.http_articles import RequestLimits
from newsflow_ingest.domain import ArticleSubmission
from newsflow_ingest.settings import IngestSettings
from tests.unit.ingest.fakes import FakePublisher, ingestor

ARTICLE = {"title": "A", "body": "One."}


def app(
    publisher: FakePublisher, limits: RequestLimits, seen: list[Request] | None = None
) -> FastAPI:
    def record(request: Request) -> None:
        if seen is not None:
            seen.append(request)

    registry = CollectorRegistry()
    return create_app(ingestor(publisher, registry), guards=[Depends(record)], limits=limits)


class CountingBody:
    """A streamed request body that counts how many of its chunks the server pulled."""

    def __init__(self, chunk: bytes, chunks: int) -> None:
        self.chunk, self.chunks, self.pulled = chunk, chunks, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.chunks):
            self.pulled += 1
            yield self.chunk


async def post(api: FastAPI, body: CountingBody, headers: dict[str, str]) -> httpx.Response:
    transport = httpx.ASGITransport(app=api)
    async with httpx.AsyncClient(transport=transport, base_url="http://ingest") as client:
        return await client.post("/articles", content=body, headers=headers)


async def test_a_chunked_body_is_refused_once_its_running_total_passes_the_limit() -> None:
    publisher, seen = FakePublisher(), []
    body = CountingBody(b" " * 300, chunks=100)  # 30,000 bytes, against a 1,000-byte limit

    response = await post(
        app(publisher, RequestLimits(max_body_bytes=1_000), seen),
        body,
        {"content-type": "application/json"},
    )

    assert "content-length" not in seen[0].headers  # really streamed, chunked
    assert response.status_code == 413
    assert response.json() == {
        "detail": "the request body is larger than 1000 bytes; "
        "send fewer or shorter articles per request"
    }
    # 4 chunks to pass 1,000 bytes; then 14 dropped unread, the first 4,200 bytes over the
    # 4,000 (four times the limit) that a refusal waits for; the other 82 never pulled.
    assert body.pulled == 4 + 14
    assert publisher.published == []


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_a_refused_body_within_four_times_the_limit_is_read_to_its_end(
    declared: bool,
) -> None:
    # So the client, done writing, reads the 413 and not a reset (integration tier).
    body = CountingBody(b" " * 300, chunks=13)  # 3,900 bytes
    headers = {"content-type": "application/json"}
    if declared:
        headers["content-length"] = "3900"

    response = await post(app(FakePublisher(), RequestLimits(max_body_bytes=1_000)), body, headers)

    assert response.status_code == 413 and "larger than 1000 bytes" in response.json()["detail"]
    assert body.pulled == 13


async def test_a_body_refused_for_its_content_type_is_read_to_its_end_and_dropped() -> None:
    publisher, body = FakePublisher(), CountingBody(json.dumps(ARTICLE).encode(), chunks=3)

    response = await post(app(publisher, RequestLimits()), body, {"content-type": "text/html"})

    assert response.status_code == 415 and body.pulled == 3 and publisher.published == []


async def test_a_declared_length_over_four_times_the_limit_is_refused_before_a_byte_is_read() -> (
    None
):
    body = CountingBody(b" " * 300, chunks=100)
    headers = {"content-type": "text/plain", "content-length": "30000"}

    response = await post(app(FakePublisher(), RequestLimits(max_body_bytes=1_000)), body, headers)

    assert response.status_code == 413 and "larger than 1000 bytes" in response.json()["detail"]
    assert body.pulled == 0


async def test_a_streamed_body_within_the_limit_is_read_whole_and_accepted() -> None:
    publisher = FakePublisher()
    article = json.dumps(ARTICLE).encode()
    body = CountingBody(article, chunks=1)

    limits = RequestLimits(max_body_bytes=len(article))
    response = await post(app(publisher, limits), body, {"content-type": "application/json"})

    assert response.status_code == 202 and [a.title for a in publisher.published] == ["A"]


def test_a_body_over_the_limit_is_a_413_even_when_kafka_is_down() -> None:
    api = TestClient(app(FakePublisher(fail_after=0), RequestLimits(max_body_bytes=100)))
    response = api.post("/articles", json=[ARTICLE] * 10)
    assert response.status_code == 413 and "retry-after" not in response.headers


def test_a_batch_over_the_article_limit_is_a_413_and_nothing_is_published() -> None:
    publisher = FakePublisher()
    api = TestClient(app(publisher, RequestLimits(max_articles=2)))

    response = api.post("/articles", json=[ARTICLE, {"title": "B", "body": "Two."}, {}])

    assert response.status_code == 413
    assert response.json() == {
        "detail": "3 articles in one request, more than 2; send at most 2 articles per request"
    }
    assert publisher.published == []
    assert api.post("/articles", json=[ARTICLE] * 2).status_code == 202


async def test_parsing_a_body_runs_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    parse = http_articles.parse_submissions

    def recording(raw: bytes, max_articles: int | None = None) -> list[ArticleSubmission]:
        threads.append(threading.current_thread())
        return parse(raw, max_articles)

    monkeypatch.setattr(http_articles, "parse_submissions", recording)
    body = CountingBody(json.dumps(ARTICLE).encode(), chunks=1)
    response = await post(
        app(FakePublisher(), RequestLimits()), body, {"content-type": "application/json"}
    )
    assert response.status_code == 202
    assert threads and threads[0] is not threading.current_thread()


def test_the_limits_come_from_settings_named_like_their_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert bootstrap._limits(IngestSettings()) == RequestLimits()  # the same defaults
    monkeypatch.setenv("INGEST_MAX_BODY_BYTES", "2048")
    monkeypatch.setenv("INGEST_MAX_ARTICLES_PER_REQUEST", "7")
    assert bootstrap._limits(IngestSettings()) == RequestLimits(2048, 7)
    assert RequestLimits() == RequestLimits(4 * 1024 * 1024, 500)
