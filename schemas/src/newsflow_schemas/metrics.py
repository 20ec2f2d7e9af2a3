"""The metrics every stage exports. Dashboards and alert rules are written against these
names and labels, which makes them a contract across services like the events are."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)


@dataclass(frozen=True)
class StageMetrics:
    stage: str
    processed: Counter
    processing_seconds: Histogram
    batch_size: Histogram
    dead_letters: Counter

    @classmethod
    def create(cls, registry: CollectorRegistry, stage: str) -> StageMetrics:
        return cls(
            stage=stage,
            processed=Counter(
                "newsflow_articles_processed_total",
                "Articles handled by a stage, by outcome.",
                ["stage", "outcome"],
                registry=registry,
            ),
            processing_seconds=Histogram(
                "newsflow_processing_seconds",
                "Time a stage spent on one batch.",
                ["stage"],
                buckets=LATENCY_BUCKETS,
                registry=registry,
            ),
            batch_size=Histogram(
                "newsflow_batch_size",
                "Articles per batch handled by a stage.",
                ["stage"],
                buckets=BATCH_BUCKETS,
                registry=registry,
            ),
            dead_letters=Counter(
                "newsflow_dead_letters_total",
                "Messages sent to the dead-letter topic, by stage and reason.",
                ["stage", "reason"],
                registry=registry,
            ),
        )

    def count(self, outcome: str, amount: int = 1) -> None:
        self.processed.labels(stage=self.stage, outcome=outcome).inc(amount)

    def dead_lettered(self, reason: str) -> None:
        self.dead_letters.labels(stage=self.stage, reason=reason).inc()

    def batch_done(self, size: int, seconds: float) -> None:
        self.batch_size.labels(stage=self.stage).observe(size)
        self.processing_seconds.labels(stage=self.stage).observe(seconds)
