"""Enrich throughput as workers are added: Kafka partitions and one consumer group.

    uv run python -m benchmarks.enrich_scaling [--articles 400] [--workers 1 2]

Starts its own Kafka on free ports, fills a 6-partition raw topic with distinct copies of
the seed articles, then for each worker count starts that many real enrich processes in
one consumer group and times how long until every article is on the enriched topic."""

from __future__ import annotations

import argparse
import asyncio
import shutil
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from newsflow.stack.kafka import KafkaNode, start_kafka, stop_kafka
from newsflow.stack.ports import free_ports
from newsflow.stack.topics import ensure_topics
from newsflow_ingest.domain import parse_article
from newsflow_runtime.envelope import encode
from newsflow_runtime.kafka import build_consumer, build_producer
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import RawArticle, article_id
from tests.pipeline import PipelineTopics, running, service

SEEDS = Path(__file__).parents[1] / "seeds"


def distinct_articles(count: int) -> list[RawArticle]:
    now = datetime.now(UTC)
    seeds = [
        parse_article(p.read_text(), source="bench", ingested_at=now)
        for p in sorted(SEEDS.glob("*.txt"))
    ]
    articles = []
    for i in range(count):
        seed = seeds[i % len(seeds)]
        title = f"{seed.title} ({i})"
        articles.append(
            seed.model_copy(
                update={
                    "title": title,
                    "article_id": article_id(url=None, title=title, body=seed.body),
                }
            )
        )
    return articles


async def produce(bootstrap: str, topic: str, articles: list[RawArticle]) -> None:
    producer = build_producer(KafkaSettings.plaintext(bootstrap), "bench")
    await producer.start()
    try:
        for article in articles:
            record = encode(article, key=article.article_id, source="bench")
            await producer.send(topic, record.value, key=record.key, headers=record.headers)
        await producer.flush()
    finally:
        await producer.stop()


async def wait_for(bootstrap: str, topic: str, count: int) -> float:
    """Seconds from the first enriched article to the last: start-up time excluded."""
    kafka = KafkaSettings.plaintext(bootstrap)
    consumer = build_consumer(kafka, topic, auto_offset_reset="earliest")
    await consumer.start()
    seen, first = 0, 0.0
    try:
        async for _ in consumer:
            seen += 1
            first = first or time.perf_counter()
            if seen == count:
                return time.perf_counter() - first
    finally:
        await consumer.stop()
    return 0.0


async def run_once(bootstrap: str, articles: list[RawArticle], workers: int, home: Path) -> float:
    topics = PipelineTopics.unique()
    await ensure_topics(bootstrap, topics.names, partitions=6)
    await produce(bootstrap, topics.raw, articles)
    env = {"KAFKA_BOOTSTRAP_SERVERS": bootstrap, **topics.env(), "LOG_LEVEL": "WARNING"}
    group = f"bench-{uuid.uuid4().hex[:6]}"
    processes = [service("enrich", env, instance=i, group=group) for i in range(workers)]
    with running(processes, home / f"run-{workers}"):
        return await wait_for(bootstrap, topics.enriched, len(articles))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="newsflow-scaling-"))
    kafka_port, controller_port = free_ports(2)
    node = KafkaNode(home / "kafka", kafka_port, controller_port)
    articles = distinct_articles(args.articles)
    chars = sum(len(a.text) for a in articles) / len(articles)
    try:
        start_kafka(node)
        print(f"{len(articles)} articles (mean {chars:.0f} chars), raw topic of 6 partitions")
        baseline = None
        for workers in args.workers:
            seconds = asyncio.run(run_once(node.bootstrap_servers, articles, workers, home))
            rate = len(articles) / seconds
            baseline = baseline or rate
            print(f"{workers} worker(s): {rate:7.1f} articles/s  ({rate / baseline:.2f}x)")
    finally:
        stop_kafka(node)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
