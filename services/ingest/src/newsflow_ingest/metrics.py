"""Ingest's metrics: the shared stage bundle."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from newsflow_runtime.metrics import StageMetrics, package_version, register_build_info


def create_metrics(registry: CollectorRegistry) -> StageMetrics:
    register_build_info(registry, "ingest", package_version("newsflow-ingest"))
    return StageMetrics.create(registry, "ingest")
