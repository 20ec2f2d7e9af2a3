"""Enrich's metrics: the stage bundle plus what only enrichment knows."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

from newsflow_schemas import EnrichedArticle
from newsflow_schemas.metrics import StageMetrics

SENTIMENT_BUCKETS = (-1.0, -0.75, -0.5, -0.25, -0.05, 0.05, 0.25, 0.5, 0.75, 1.0)


@dataclass(frozen=True)
class EnrichMetrics:
    stage: StageMetrics
    entities: Counter
    sentiment: Histogram

    @classmethod
    def create(cls, registry: CollectorRegistry) -> EnrichMetrics:
        return cls(
            stage=StageMetrics.create(registry, "enrich"),
            entities=Counter(
                "newsflow_entities_total",
                "Entity mentions found, by entity label.",
                ["label"],
                registry=registry,
            ),
            sentiment=Histogram(
                "newsflow_document_sentiment",
                "Document sentiment compound scores.",
                buckets=SENTIMENT_BUCKETS,
                registry=registry,
            ),
        )

    def observe(self, article: EnrichedArticle) -> None:
        for entity in article.entities:
            self.entities.labels(label=entity.label).inc()
        self.sentiment.observe(article.sentiment.compound)
