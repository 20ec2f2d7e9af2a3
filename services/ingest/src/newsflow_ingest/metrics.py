"""Ingest's metrics: the shared stage bundle, plus why requests were refused."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter

from newsflow_runtime.metrics import StageMetrics, package_version, register_build_info
from newsflow_schemas.validation import REASONS

# A 4xx the HTTP door answers because of what was sent: a stable reason code each.
REQUEST_TOO_LARGE = "request_too_large"
UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
REFUSED_REASONS = (*REASONS, REQUEST_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE)


@dataclass(frozen=True)
class IngestMetrics(StageMetrics):
    refused: Counter

    def refused_request(self, reason: str) -> None:
        """A request answered 4xx for its content: its articles are `invalid`."""
        known = reason if reason in REFUSED_REASONS else "other"
        self.refused.labels(reason=known).inc()
        self.count("invalid")
        self.failed(known)


def create_metrics(registry: CollectorRegistry) -> IngestMetrics:
    register_build_info(registry, "ingest", package_version("newsflow-ingest"))
    stage = StageMetrics.create(registry, "ingest")
    refused = Counter(
        "newsflow_ingest_refused_total",
        "HTTP requests refused for what they carried (413, 415, 422), by reason.",
        ["reason"],
        registry=registry,
    )
    for reason in REFUSED_REASONS:  # start at zero, so the first refusal is an increase
        refused.labels(reason=reason)
    stage.processed.labels(stage="ingest", outcome="invalid")
    return IngestMetrics(**vars(stage), refused=refused)
