"""Every article is counted once, by enrich, by the door it came in by; and ingest's HTTP
door counts what it refuses as invalid, with the reason."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow import status
from newsflow_enrich.adapters.batch_handler import BatchHandler
from newsflow_enrich.metrics import EnrichMetrics, source_kind, source_kind_of
from newsflow_ingest.adapters.http_api import create_app
from newsflow_runtime.envelope import InboundMessage
from newsflow_schemas import DeadLetter, EnrichedArticle, RawArticle
from tests import factories
from tests.unit.ingest.fakes import FakePublisher, ingestor

RECEIVED = "newsflow_articles_received_total"


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("http", "http"),
        ("http:my-scraper", "http"),
        ("file:a.txt", "file"),
        ("feed:https://example.com/rss", "feed"),
        ("watch:b.txt", "watch"),
        ("my-scraper", "kafka"),
        ("https://example.com", "kafka"),
        (None, "kafka"),
    ],
)
def test_the_door_is_the_source_prefix_never_the_source(source: object, kind: str) -> None:
    assert source_kind(source) == kind


def test_the_door_of_a_message_that_is_not_an_article() -> None:
    assert source_kind_of(b'{"source": "file:x", "title": 3}') == "file"
    assert source_kind_of(b"not json") == "kafka"
    assert source_kind_of(None) == "kafka"
    assert source_kind_of(b"[" * 100_000) == "kafka"


class EchoEnricher:
    def enrich_batch(self, articles: list[RawArticle]) -> list[EnrichedArticle]:
        return [factories.enriched(a) for a in articles]

    def enrich(self, article: RawArticle) -> EnrichedArticle:
        return factories.enriched(article)


async def test_enrich_counts_each_message_once_by_door_and_outcome() -> None:
    registry = CollectorRegistry()
    published: list[object] = []

    async def publish(item: EnrichedArticle | DeadLetter) -> None:
        published.append(item)

    handler = BatchHandler(
        EchoEnricher(),  # type: ignore[arg-type]
        ThreadPoolExecutor(1),
        publish,
        publish,
        EnrichMetrics.create(registry),
    )
    values = [
        factories.raw_article(source="http").model_dump_json().encode(),
        factories.raw_article(source="file:a.txt").model_dump_json().encode(),
        b'{"source": "feed:https://example.com/rss"}',
    ]
    messages = [InboundMessage("raw", 0, i, b"k", v) for i, v in enumerate(values)]
    await handler.handle(messages)

    def count(source: str, outcome: str) -> float | None:
        return registry.get_sample_value(RECEIVED, {"source": source, "outcome": outcome})

    assert count("http", "enriched") == 1
    assert count("file", "enriched") == 1
    assert count("feed", "invalid") == 1
    assert count("kafka", "enriched") == 0  # every series starts at zero


@pytest.mark.parametrize(
    ("content_type", "body", "reason"),
    [
        ("application/json", b'{"title": "no body"}', "invalid_raw_article"),
        ("application/json", b'{"title": "t", "body": "b\\u0000"}', "control_characters"),
        ("image/png", b"x", "unsupported_media_type"),
    ],
)
def test_ingest_counts_a_refused_request_as_invalid_with_its_reason(
    content_type: str, body: bytes, reason: str
) -> None:
    registry = CollectorRegistry()
    api = TestClient(create_app(ingestor(FakePublisher(), registry)))
    response = api.post("/articles", content=body, headers={"Content-Type": content_type})
    assert 400 <= response.status_code < 500
    invalid = {"stage": "ingest", "outcome": "invalid"}
    assert registry.get_sample_value("newsflow_articles_processed_total", invalid) == 1
    assert registry.get_sample_value("newsflow_ingest_refused_total", {"reason": reason}) == 1


def test_status_shows_the_total_received() -> None:
    text = (
        f'{RECEIVED}{{source="http",outcome="enriched"}} 3\n'
        f'{RECEIVED}{{source="file",outcome="enriched"}} 4\n'
        f'{RECEIVED}{{source="feed",outcome="invalid"}} 1\n'
    )
    scrape = status.Scrape("enrich", 1.0, status.parse_metrics(text), {})
    summary = status.summarize(scrape, scrape)
    assert status.received_caption([summary]) == "articles received: 8 (enriched 7, invalid 1)"
    assert status.table([summary], 2.0).caption == "articles received: 8 (enriched 7, invalid 1)"
