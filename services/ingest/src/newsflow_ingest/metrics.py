"""Ingest's metrics: the shared stage bundle."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from newsflow_schemas.metrics import StageMetrics


def create_metrics(registry: CollectorRegistry) -> StageMetrics:
    return StageMetrics.create(registry, "ingest")
