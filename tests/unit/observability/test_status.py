"""`newsflow status` from two reads of each service's endpoints."""

from __future__ import annotations

from rich.console import Console

from newsflow.status import Scrape, ServiceStatus, ago, healthy, parse_metrics, summarize, table

METRICS = """
# TYPE newsflow_articles_processed_total counter
newsflow_articles_processed_total{{stage="enrich",outcome="enriched"}} {enriched}
newsflow_articles_processed_total{{stage="enrich",outcome="dead_lettered"}} 2
# TYPE newsflow_consumer_lag gauge
newsflow_consumer_lag{{stage="enrich",topic="raw",partition="0"}} 5
newsflow_consumer_lag{{stage="enrich",topic="raw",partition="1"}} 7
# TYPE newsflow_dead_letters_total counter
newsflow_dead_letters_total{{stage="enrich",reason="invalid_raw_article"}} 2
newsflow_dead_letters_total{{stage="enrich",reason="enrichment_failed"}} 0
# TYPE newsflow_last_error_timestamp_seconds gauge
newsflow_last_error_timestamp_seconds{{stage="enrich",reason="enrichment_failed"}} 100
newsflow_last_error_timestamp_seconds{{stage="enrich",reason="invalid_raw_article"}} 200
# TYPE newsflow_build info
newsflow_build_info{{stage="enrich",version="0.1.0",model="m==1"}} 1
"""


def read(at: float, enriched: int, ready: dict[str, bool] | None = None) -> Scrape:
    return Scrape("enrich", at, parse_metrics(METRICS.format(enriched=enriched)), ready)


def test_rate_lag_dead_letters_last_failure_and_version_from_two_reads() -> None:
    status = summarize(read(10.0, 40), read(12.0, 50, {"partitions_assigned": True}))
    assert status.rate == 5.0  # (50 + 2 - 40 - 2) articles in 2 s
    assert (status.lag, status.dead_letters, status.version) == (12, 2, "0.1.0")
    assert status.last_error == ("invalid_raw_article", 200.0)
    assert status.up and status.ready


def test_a_restart_between_reads_does_not_make_a_negative_rate() -> None:
    assert summarize(read(10.0, 400), read(11.0, 3)).rate == 5.0  # 3 + 2 since the restart


def test_a_service_that_does_not_answer_is_down() -> None:
    status = summarize(read(10.0, 1), Scrape("enrich", 11.0, None, None))
    assert not status.up and status.rate is None and not healthy([status])


def test_failing_checks_are_named_and_make_it_unhealthy() -> None:
    status = summarize(read(1.0, 1), read(2.0, 1, {"partitions_assigned": True, "database": False}))
    assert status.ready is False and status.failing_checks == ("database",)
    assert not healthy([status])
    console = Console(record=True, width=160)
    console.print(table([status], now=260.0))
    text = console.export_text()
    assert "not ready database" in text and "invalid_raw_article 1m ago" in text


def test_no_readiness_endpoint_is_not_a_failure() -> None:
    status = ServiceStatus("api", True, None, (), None, None, 0, None, "")
    assert healthy([status])


def test_ago_reads_like_a_person_would_say_it() -> None:
    assert [ago(s) for s in (5, 125, 7300, 200000)] == ["5s ago", "2m ago", "2h ago", "2d ago"]
    assert ago(-3) == "0s ago"  # a clock a little ahead
