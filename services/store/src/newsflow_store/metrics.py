"""Store's metrics: the stage bundle plus what only the store knows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from newsflow_runtime.metrics import (
    ConsumerLag,
    StageMetrics,
    package_version,
    register_build_info,
)

# Ingest to store spans enrichment and any backlog, so the buckets reach further than a stage's.
END_TO_END_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800)
# The reasons the batch handler dead-letters with; they start at zero for rate() and alerts.
# store_rejected: PostgreSQL refused the article (its SQLSTATE is in the dead letter's
# error); store_failed: the store's own code failed on it.
DEAD_LETTER_REASONS = ("invalid_enriched_article", "store_rejected", "store_failed")
# unindexable: an article whose vector PostgreSQL refused (it gets an empty one);
# pass_failed: an indexing pass that failed as a whole (the database away, say).
SEARCH_INDEX_ERRORS = ("unindexable", "pass_failed")


@dataclass(frozen=True)
class SearchIndexMetrics:
    """The search indexer's: what is left to index, what it indexed, what went wrong."""

    backlog: Gauge
    indexed: Counter
    errors: Counter

    @classmethod
    def create(cls, registry: CollectorRegistry) -> SearchIndexMetrics:
        errors = Counter(
            "newsflow_store_search_index_errors_total",
            "Articles the search indexer could not index, and indexing passes that failed.",
            ["reason"],
            registry=registry,
        )
        for reason in SEARCH_INDEX_ERRORS:
            errors.labels(reason=reason)
        return cls(
            backlog=Gauge(
                "newsflow_store_search_backlog",
                "Stored articles whose full-text vector is not computed yet (as of the last pass).",
                registry=registry,
            ),
            indexed=Counter(
                "newsflow_store_search_indexed_total",
                "Articles whose full-text vector the search indexer computed.",
                registry=registry,
            ),
            errors=errors,
        )


@dataclass(frozen=True)
class StoreMetrics:
    stage: StageMetrics
    end_to_end_seconds: Histogram
    rows_written: Counter
    write_retries: Counter
    lag: ConsumerLag
    search: SearchIndexMetrics

    @classmethod
    def create(cls, registry: CollectorRegistry) -> StoreMetrics:
        register_build_info(registry, "store", package_version("newsflow-store"))
        return cls(
            stage=StageMetrics.create(registry, "store", DEAD_LETTER_REASONS),
            end_to_end_seconds=Histogram(
                "newsflow_end_to_end_latency_seconds",
                "Time from an article's ingestion to its row being stored.",
                buckets=END_TO_END_BUCKETS,
                registry=registry,
            ),
            rows_written=Counter(
                "newsflow_store_rows_written_total",
                "Rows inserted or updated by the store, by table.",
                ["table"],
                registry=registry,
            ),
            write_retries=Counter(
                "newsflow_store_write_retries_total",
                "Batch writes retried after a transient database error.",
                registry=registry,
            ),
            lag=ConsumerLag(registry, "store"),
            search=SearchIndexMetrics.create(registry),
        )

    def stored(self, ingested_at: datetime, stored_at: datetime) -> None:
        # Clamped: a producer's clock ahead of the database's must not record negative time.
        self.end_to_end_seconds.observe(max(0.0, (stored_at - ingested_at).total_seconds()))

    def wrote(self, table: str, rows: int) -> None:
        self.rows_written.labels(table=table).inc(rows)
