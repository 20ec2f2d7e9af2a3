"""`newsflow bench --quick`: the whole bench on a tiny corpus, so that it cannot rot
unnoticed. Its figures are checked for being measured, not against the targets."""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).parents[2]
KEYS = {
    "ceiling_articles_per_s",
    "baseline_articles_per_s",
    "pipeline_articles_per_s_1_worker",
    "pipeline_articles_per_s_2_workers",
    "ratio_to_baseline",
    "core_ratio_to_ceiling",
    "scale_2_over_1",
    "latency_p50_s",
    "latency_p95_s",
    "latency_p99_s",
    "store_events_per_s",
    "store_events_per_s_1_writer",
    "store_naive_events_per_s",
    "ingest_articles_per_s",
    "enrich_worker_peak_rss_mb",
    "enriched_bytes_per_text_byte",
}


def test_the_quick_bench_measures_every_figure() -> None:
    command = [sys.executable, "-c", "from newsflow.cli import main; main()", "bench"]
    done = subprocess.run(
        [*command, "--quick", "--json"],
        cwd=ROOT,
        env=os.environ,
        capture_output=True,
        text=True,
        timeout=840,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout)
    assert figures.keys() >= KEYS
    for key in KEYS:
        assert math.isfinite(figures[key]) and figures[key] > 0, (key, figures[key])
    assert figures["latency_p50_s"] <= figures["latency_p95_s"] <= figures["latency_p99_s"]
    # Each enrich worker holds a spaCy model; the events on the topic carry the text.
    assert {"enrich-0", "enrich-1"} <= figures["peak_rss_mb"].keys()
    assert figures["enrich_worker_peak_rss_mb"] > 100
    assert figures["enriched_bytes_per_text_byte"] > figures["raw_bytes_per_text_byte"] > 0
    # Every process of each pipeline run is accounted for; the workers did the work.
    for run in ("1_worker", "2_workers"):
        spent = figures["cpu_ms_per_article"][run]
        assert spent.keys() == {"ingest", "enrich", "store", "kafka", "postgres", "all"}, spent
        assert spent["enrich"] > 10 and spent["kafka"] > 0 and spent["postgres"] > 0, spent
        assert spent["all"] == pytest.approx(sum(v for k, v in spent.items() if k != "all"))
