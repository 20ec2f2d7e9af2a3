"""Fake adapters for the ingest service layer."""

from __future__ import annotations

from aiokafka.errors import KafkaConnectionError
from prometheus_client import CollectorRegistry

from newsflow_ingest.metrics import create_metrics
from newsflow_ingest.service.ingestor import Ingestor, MemorySeenIds
from newsflow_ingest.service.ports import SeenIds
from newsflow_schemas import RawArticle


class FakePublisher:
    """Records what it publishes; from the `fail_after`-th article on, raises `error`."""

    def __init__(self, fail_after: int | None = None, error: Exception | None = None) -> None:
        self.published: list[RawArticle] = []
        self.fail_after = fail_after
        self.error = error or KafkaConnectionError("broker down")

    async def publish(self, article: RawArticle) -> None:
        if self.fail_after is not None and len(self.published) >= self.fail_after:
            raise self.error
        self.published.append(article)


def ingestor(
    publisher: FakePublisher,
    registry: CollectorRegistry | None = None,
    seen: SeenIds | None = None,
) -> Ingestor:
    metrics = create_metrics(registry or CollectorRegistry())
    return Ingestor(publisher, seen or MemorySeenIds(), metrics)


def counted(registry: CollectorRegistry, outcome: str) -> float:
    sample = registry.get_sample_value(
        "newsflow_articles_processed_total", {"stage": "ingest", "outcome": outcome}
    )
    return sample or 0.0
