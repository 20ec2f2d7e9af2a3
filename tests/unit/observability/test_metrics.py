"""The shared metric contract: stage bundle, consumer lag, build info."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, generate_latest

from newsflow_enrich.metrics import EnrichMetrics
from newsflow_runtime.metrics import ConsumerLag, StageMetrics, partition_lag, register_build_info
from newsflow_store.metrics import StoreMetrics


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    return registry.get_sample_value(name, labels)


def test_known_dead_letter_reasons_start_at_zero_and_unknown_ones_appear_on_use() -> None:
    registry = CollectorRegistry()
    metrics = StageMetrics.create(registry, "enrich", ["invalid_raw_article"])
    name = "newsflow_dead_letters_total"
    assert sample(registry, name, stage="enrich", reason="invalid_raw_article") == 0
    assert sample(registry, name, stage="enrich", reason="surprise") is None
    metrics.dead_lettered("surprise")
    assert sample(registry, name, stage="enrich", reason="surprise") == 1


def test_a_dead_letter_or_a_failure_stamps_the_last_error_time_by_reason() -> None:
    registry = CollectorRegistry()
    metrics = StageMetrics.create(registry, "store")
    before = time.time()
    metrics.dead_lettered("store_failed")
    metrics.failed("database_unavailable")
    name = "newsflow_last_error_timestamp_seconds"
    for reason in ("store_failed", "database_unavailable"):
        stamped = sample(registry, name, stage="store", reason=reason)
        assert stamped is not None and before <= stamped <= time.time()


def test_lag_counts_from_the_committed_offset_or_the_beginning_and_never_below_zero() -> None:
    lags = partition_lag(
        end_offsets={("raw", 0): 10, ("raw", 1): 7, ("raw", 2): 5},
        committed={("raw", 0): 4, ("raw", 1): None, ("raw", 2): 9},
        beginning_offsets={("raw", 1): 2},
    )
    assert lags == {("raw", 0): 6, ("raw", 1): 5, ("raw", 2): 0}


def test_the_lag_gauge_shows_only_the_partitions_of_the_last_update() -> None:
    registry = CollectorRegistry()
    lag = ConsumerLag(registry, "enrich")
    lag.update({("raw", 0): 3, ("raw", 1): 4})
    lag.update({("raw", 1): 2})  # partition 0 went to another worker
    name = "newsflow_consumer_lag"
    assert sample(registry, name, stage="enrich", topic="raw", partition="0") is None
    assert sample(registry, name, stage="enrich", topic="raw", partition="1") == 2
    assert lag.total() == 2


def test_build_info_names_the_stage_version_and_model() -> None:
    registry = CollectorRegistry()
    register_build_info(registry, "enrich", "1.2.3", "en_core_web_sm==3.8.0")
    labels = {"stage": "enrich", "version": "1.2.3", "model": "en_core_web_sm==3.8.0"}
    assert sample(registry, "newsflow_build_info", **labels) == 1


def test_each_service_bundle_exports_lag_and_build_info() -> None:
    for create in (EnrichMetrics.create, StoreMetrics.create):
        registry = CollectorRegistry()
        create(registry)
        text = generate_latest(registry).decode()
        assert "# TYPE newsflow_consumer_lag gauge" in text
        assert "newsflow_build_info{" in text


def test_the_stuck_gauge_is_read_at_each_scrape() -> None:
    registry = CollectorRegistry()
    metrics = StageMetrics.create(registry, "enrich")
    stuck = [False]
    metrics.report_stuck(lambda: stuck[0])
    assert registry.get_sample_value("newsflow_stage_stuck", {"stage": "enrich"}) == 0.0
    stuck[0] = True
    assert registry.get_sample_value("newsflow_stage_stuck", {"stage": "enrich"}) == 1.0
