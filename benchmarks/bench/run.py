"""One bench run, phase by phase, on servers of its own (see benchmarks/bench/__init__.py).

    uv run --locked newsflow bench [--json] [--quick]

--quick is the smoke run `make test` does: a tiny corpus, a short latency phase, and no
targets. Each phase has a deadline, so a broken pipeline fails the run rather than hang."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench import inprocess
from benchmarks.bench.corpus import corpus_articles, corpus_texts
from benchmarks.bench.flow import percentile, pipeline_rate, post_all, post_at_rate, wait_stored
from benchmarks.bench.report import Figures
from benchmarks.bench.stack import MemoryPeaks, Pipeline, Servers, new_topics, pipeline, servers
from benchmarks.store_throughput import new_database, row_by_row, synthetic_events, timed_writers
from newsflow.stack.services import ServiceProcess

STORE_BATCH = 500
# Store workers writing at once in the store phase: the k8s default (deploy/k8s/base/store.yaml).
STORE_WRITERS = 2


@dataclass(frozen=True)
class Plan:
    articles: int
    latency_seconds: float
    store_events: int
    stored_within_seconds: float

    @classmethod
    def full(cls) -> Plan:
        return cls(articles=300, latency_seconds=60, store_events=3000, stored_within_seconds=300)

    @classmethod
    def quick(cls) -> Plan:
        return cls(articles=8, latency_seconds=4, store_events=20, stored_within_seconds=300)


def run(plan: Plan) -> Figures:
    started = time.perf_counter()
    texts = corpus_texts(plan.articles)
    articles = corpus_articles(texts)
    core = inprocess.articles_per_second(articles)
    home = Path(tempfile.mkdtemp(prefix="newsflow-bench-"))
    memory = MemoryPeaks()
    with servers(home) as running:
        measured = asyncio.run(_measure(running, plan, memory))
        store = asyncio.run(_store(running, plan.store_events))
    text_bytes = sum(len(a.text.encode()) for a in articles)
    return Figures(
        articles=plan.articles,
        mean_text_bytes=text_bytes / len(articles),
        ceiling_articles_per_s=core[inprocess.CEILING],
        baseline_articles_per_s=core[inprocess.BASELINE],
        enrich_worker_peak_rss_mb=memory.of("enrich"),
        peak_rss_mb=dict(sorted(memory.peaks.items())),
        cpu_ms_per_article=measured.cpu_ms_per_article,
        raw_bytes_per_text_byte=measured.raw_bytes / text_bytes,
        enriched_bytes_per_text_byte=measured.enriched_bytes / text_bytes,
        store_events=plan.store_events,
        store_events_per_s=store[0],
        store_events_per_s_1_writer=store[1],
        store_naive_events_per_s=store[2],
        cores=os.cpu_count() or 1,
        seconds=time.perf_counter() - started,
        **measured.rates,
    )


@dataclass(frozen=True)
class Measured:
    rates: dict[str, float]
    cpu_ms_per_article: dict[str, dict[str, float]]  # by run ("1_worker"), then by process
    raw_bytes: int  # the 1-worker run's topics: each article once
    enriched_bytes: int


async def _measure(running: Servers, plan: Plan, memory: MemoryPeaks) -> Measured:
    rates = await _ingest_alone(running, plan, memory)
    cpu: dict[str, dict[str, float]] = {}
    topics = await new_topics(running)
    with pipeline(running, topics, ["enrich", "store"], memory) as one:
        texts = corpus_texts(plan.articles, run="one")
        rates["pipeline_articles_per_s_1_worker"], cpu["1_worker"] = await _capacity(
            one, texts, plan
        )
    raw, enriched = running.topic_bytes(topics.raw), running.topic_bytes(topics.enriched)
    two_topics = await new_topics(running)
    with pipeline(running, two_topics, ["enrich", "enrich", "store"], memory) as two:
        texts = corpus_texts(plan.articles, run="two")
        capacity, cpu["2_workers"] = await _capacity(two, texts, plan)
        rates["pipeline_articles_per_s_2_workers"] = capacity
        rates.update(await _latency(two.ingest, running.database_url, capacity / 2, plan))
    return Measured(rates, cpu, raw, enriched)


async def _capacity(
    running: Pipeline, texts: list[str], plan: Plan
) -> tuple[float, dict[str, float]]:
    """The pipeline's rate on the texts, and the CPU milliseconds each process spent per
    article meanwhile: where the cores went that the enrich workers did not get."""
    before = running.cpu_seconds()
    rate = await pipeline_rate(
        running.ingest, running.servers.database_url, texts, plan.stored_within_seconds
    )
    after = running.cpu_seconds()
    spent = {name: 1000 * (after[name] - before.get(name, 0.0)) / len(texts) for name in after}
    return rate, {**spent, "all": sum(spent.values())}


async def _latency(
    ingest: ServiceProcess, database_url: str, rate: float, plan: Plan
) -> dict[str, float]:
    """ingested_at to stored_at at half the measured capacity, for plan.latency_seconds."""
    count = max(1, round(rate * plan.latency_seconds))
    texts = corpus_texts(count, run="latency")
    ids = await post_at_rate(ingest, texts, rate)
    stored = await wait_stored(database_url, ids, plan.stored_within_seconds)
    latencies = [row.latency for row in stored]
    return {
        "latency_offered_articles_per_s": rate,
        "latency_seconds": count / rate,
        "latency_p50_s": percentile(latencies, 0.50),
        "latency_p95_s": percentile(latencies, 0.95),
        "latency_p99_s": percentile(latencies, 0.99),
    }


async def _ingest_alone(running: Servers, plan: Plan, memory: MemoryPeaks) -> dict[str, float]:
    """Ingest with nothing downstream: over HTTP, then the CLI on a folder of files."""
    topics = await new_topics(running)
    with pipeline(running, topics, [], memory) as alone:
        ids, seconds = await post_all(alone.ingest, corpus_texts(plan.articles, run="http"))
    folder = running.home / "cli-articles"
    folder.mkdir()
    for i, text in enumerate(corpus_texts(plan.articles, run="cli")):
        (folder / f"{i:04}.txt").write_text(text, encoding="utf-8")
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": running.kafka.bootstrap_servers,
        "RAW_TOPIC": topics.raw,
        "NEWSFLOW_HOME": str(running.home / "cli-home"),
    }
    started = time.perf_counter()
    command = [sys.executable, "-c", "from newsflow.cli import main; main()", "ingest", str(folder)]
    await asyncio.to_thread(
        subprocess.run, command, env=env, check=True, capture_output=True, timeout=300
    )
    cli_seconds = time.perf_counter() - started
    return {
        "ingest_articles_per_s": len(ids) / seconds,
        "ingest_cli_articles_per_s": plan.articles / cli_seconds,
    }


async def _store(running: Servers, count: int) -> tuple[float, float, float]:
    """The store's writers (STORE_WRITERS at once, then one alone) and a per-row INSERT
    loop, on the same events, in databases apart."""
    suffix = os.urandom(3).hex()
    rates = []
    for writers in (STORE_WRITERS, 1):
        url = await asyncio.to_thread(new_database, running.database_url, f"w{writers}_{suffix}")
        timing = await asyncio.to_thread(timed_writers, url, count, STORE_BATCH, writers)
        rates.append(count / timing.wall)
    naive = await asyncio.to_thread(new_database, running.database_url, f"naive_{suffix}")
    naive_seconds = await row_by_row(naive, synthetic_events(count))
    return rates[0], rates[1], count / naive_seconds
