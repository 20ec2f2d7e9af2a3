"""The pipeline under a real Prometheus: every dashboard panel returns data, the alert rules
load and the dead-letter alert fires, health endpoints, `newsflow status`, JSON logs.

NEWSFLOW_DASHBOARD_PNG=docs/dashboard.png sends traffic for a few minutes instead of
seconds and writes the rendered dashboard there: that is how the README's picture is made."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
import pytest
from rich.console import Console
from sqlalchemy.engine import make_url

from newsflow import status
from newsflow.dashboard import Prometheus, Window, load_panels
from newsflow.stack.topics import ensure_topics
from tests.e2e.prometheus_server import SCRAPE_INTERVAL_SECONDS, config_for, running_prometheus
from tests.e2e.traffic import Sent, send_waves
from tests.pipeline import PipelineTopics, running, service

pytestmark = pytest.mark.e2e

REPO = Path(__file__).parents[2]
PICTURE = os.environ.get("NEWSFLOW_DASHBOARD_PNG")
TRACE_ID = uuid.uuid4().hex
DEADLINE_SECONDS = 180


@dataclass(frozen=True)
class Observed:
    prometheus_url: str
    base_urls: dict[str, str]  # service name -> http://host:port
    started: float
    run_dir: Path
    sent: Sent

    def window(self) -> Window:
        return Window(self.started, time.time(), SCRAPE_INTERVAL_SECONDS, SCRAPE_INTERVAL_SECONDS)


def fresh_database(database_url: str) -> str:
    name = f"dashboard_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(database_url).set(database=name).render_as_string(hide_password=False)


def instant(prometheus_url: str, expr: str) -> float:
    body = httpx.get(f"{prometheus_url}/api/v1/query", params={"query": expr}).json()
    return sum(float(item["value"][1]) for item in body["data"]["result"])


async def wait_for(prometheus_url: str, expr: str, want: float) -> None:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        if instant(prometheus_url, expr) >= want:
            return
        await asyncio.sleep(1)
    raise AssertionError(f"{expr} did not reach {want} within {DEADLINE_SECONDS} s")


@pytest.fixture(scope="module")
async def observed(kafka_bootstrap: str, database_url: str) -> AsyncIterator[Observed]:
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=6)
    run_dir = Path(tempfile.mkdtemp(prefix="newsflow-observed-"))
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "DATABASE_URL": fresh_database(database_url),
        "NEWSFLOW_HOME": str(run_dir / "home"),
        **topics.env(),
    }
    pipeline = [service(name, env) for name in ("ingest", "enrich", "store")]
    api = service("api", env)
    # Where each serves /metrics, /healthz and /readyz: ingest's articles port is another.
    base_urls = {
        s.name.split("-")[0]: s.metrics_url.removesuffix("/metrics") for s in [*pipeline, api]
    }
    targets = {f"newsflow-{name}": url.removeprefix("http://") for name, url in base_urls.items()}
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, run_dir, ignore_errors=True)  # last, after every stop
        stack.enter_context(running(pipeline, run_dir))
        stack.enter_context(running([api], run_dir))  # after store has migrated the database
        prometheus_url = stack.enter_context(
            running_prometheus(config_for(targets), run_dir / "prometheus")
        )
        # Prometheus's first scrapes come seconds after it is ready: no traffic before them.
        await wait_for(prometheus_url, 'count(up{job=~"newsflow-.+"} == 1)', len(targets))
        started = time.time()
        sent = await send_waves(
            pipeline[0], kafka_bootstrap, topics.raw, TRACE_ID, waves=90 if PICTURE else 4
        )
        stored = 'sum(newsflow_articles_processed_total{stage="store"})'
        await wait_for(prometheus_url, stored, len(sent.article_ids))
        await wait_for(prometheus_url, 'sum(newsflow_dead_letters_total{stage="enrich"})', 1)
        await asyncio.sleep(
            5 * SCRAPE_INTERVAL_SECONDS
        )  # a few more scrapes: rates over quiet time too
        yield Observed(prometheus_url, base_urls, started, run_dir, sent)


def test_every_dashboard_panel_returns_data(observed: Observed) -> None:
    prometheus, window = Prometheus(observed.prometheus_url), observed.window()
    empty = []
    for panel in load_panels():
        for query in panel.queries:
            series = window.run(prometheus, query)
            if not any(s.finite() for s in series):
                empty.append(f"{panel.title} [{query.ref}]: {window.expr(query)}")
    prometheus.close()
    assert not empty, "panels that would show No data:\n" + "\n".join(empty)


def test_the_panels_show_the_articles_that_flowed(observed: Observed) -> None:
    prometheus = Prometheus(observed.prometheus_url)
    end = time.time()
    stored = instant(
        observed.prometheus_url,
        'sum(newsflow_articles_processed_total{stage="store", outcome="stored"})',
    )
    assert stored == len(observed.sent.article_ids)
    p95 = prometheus.query(
        "histogram_quantile(0.95, sum by (le) (newsflow_end_to_end_latency_seconds_bucket))", end
    )
    assert 0 < p95[0].points[0][1] < 60
    entity_types = {s.labels["label"] for s in prometheus.query("newsflow_entities_total > 0", end)}
    assert {"PERSON", "GPE", "ORG"} <= entity_types
    prometheus.close()


def test_prometheus_loads_every_rule_and_the_dead_letter_alert_fires(observed: Observed) -> None:
    rules = httpx.get(f"{observed.prometheus_url}/api/v1/rules").json()["data"]["groups"]
    health = {r["name"]: r["health"] for g in rules for r in g["rules"]}
    assert health == dict.fromkeys(
        [
            "NewsflowServiceDown",
            "NewsflowStageStalled",
            "NewsflowDeadLetters",
            "NewsflowEndToEndLatencyHigh",
            "NewsflowStageStuck",
        ],
        "ok",
    )
    alerts = httpx.get(f"{observed.prometheus_url}/api/v1/alerts").json()["data"]["alerts"]
    firing = {
        (a["labels"]["alertname"], a["labels"].get("reason"))
        for a in alerts
        if a["state"] == "firing"
    }
    assert firing == {("NewsflowDeadLetters", "invalid_raw_article")}


def test_every_service_is_live_and_ready(observed: Observed) -> None:
    for name, url in observed.base_urls.items():
        assert httpx.get(f"{url}/healthz").status_code == 200, name
    for name in ("ingest", "enrich", "store"):
        response = httpx.get(f"{observed.base_urls[name]}/readyz")
        assert response.status_code == 200, (name, response.text)
        assert response.json()["checks"] and all(response.json()["checks"].values())


def test_status_shows_every_service_with_its_lag_and_last_failure(observed: Observed) -> None:
    endpoints = [(name, f"{url}/metrics") for name, url in observed.base_urls.items()]
    # Every article is stored, but a worker refreshes its lag gauge on its own clock and
    # commits its last offsets a little after: on a loaded machine one read can come first.
    deadline = time.monotonic() + DEADLINE_SECONDS
    statuses, _ = status.collect(endpoints, interval=0.5)
    while time.monotonic() < deadline and any(
        s.lag != 0 for s in statuses if s.name in ("enrich", "store")
    ):
        statuses, _ = status.collect(endpoints, interval=0.5)
    by_name = {s.name: s for s in statuses}
    assert all(s.up for s in statuses) and status.healthy(statuses)
    assert by_name["enrich"].lag == 0 and by_name["store"].lag == 0
    assert by_name["enrich"].last_error is not None
    assert by_name["enrich"].last_error[0] == "invalid_raw_article"
    console = Console(record=True, width=140)
    console.print(status.table(statuses, time.time()))
    assert "invalid_raw_article" in console.export_text()


def test_logs_are_json_lines_with_the_article_and_trace_ids(observed: Observed) -> None:
    lines = (observed.run_dir / "enrich-0.log").read_text().splitlines()
    entries = [json.loads(line) for line in lines if line.startswith("{")]
    assert entries and all({"time", "level", "service", "message"} <= set(e) for e in entries)
    dead = [e for e in entries if e.get("article_id") == observed.sent.poison_keys[0]]
    assert dead and dead[-1]["trace_id"] == TRACE_ID and dead[-1]["reason"] == "invalid_raw_article"


def test_the_dashboard_renders_as_a_picture(observed: Observed, tmp_path: Path) -> None:
    out = tmp_path / "dashboard.png"
    minutes = (time.time() - observed.started) / 60 + 0.2
    subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "render_dashboard.py"),
            f"--prometheus={observed.prometheus_url}",
            f"--minutes={minutes:.2f}",
            f"--scrape-interval={SCRAPE_INTERVAL_SECONDS}",
            f"--out={out}",
        ],
        check=True,
        timeout=120,
    )
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 50_000
    if PICTURE:
        shutil.copyfile(out, REPO / PICTURE)
