"""Enrich's metrics: the stage bundle plus what only enrichment knows."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

from newsflow_runtime.metrics import (
    ConsumerLag,
    StageMetrics,
    package_version,
    register_build_info,
)
from newsflow_schemas import EnrichedArticle
from newsflow_schemas.validation import REASONS

SENTIMENT_BUCKETS = (-1.0, -0.75, -0.5, -0.25, -0.05, 0.05, 0.25, 0.5, 0.75, 1.0)
# The reasons the batch handler dead-letters with; they start at zero for rate() and alerts.
DEAD_LETTER_REASONS = (*REASONS, "enrichment_failed", "enriched_too_large")


@dataclass(frozen=True)
class EnrichMetrics:
    stage: StageMetrics
    entities: Counter
    sentiment: Histogram
    lag: ConsumerLag

    @classmethod
    def create(cls, registry: CollectorRegistry, model: str = "") -> EnrichMetrics:
        """`model`: the NER model package, named in newsflow_build_info with its version."""
        model_label = f"{model}=={package_version(model)}" if model else ""
        register_build_info(registry, "enrich", package_version("newsflow-enrich"), model_label)
        return cls(
            stage=StageMetrics.create(registry, "enrich", DEAD_LETTER_REASONS),
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
            lag=ConsumerLag(registry, "enrich"),
        )

    def observe(self, article: EnrichedArticle) -> None:
        for entity in article.entities:
            self.entities.labels(label=entity.label).inc()
        self.sentiment.observe(article.sentiment.compound)
