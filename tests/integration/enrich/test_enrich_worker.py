"""The real Faust worker, as a process, between real Kafka topics."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from newsflow.stack.topics import ensure_topics
from newsflow_runtime.envelope import encode
from newsflow_schemas import DeadLetter, EnrichedArticle
from tests import factories
from tests.pipeline import PipelineTopics, running, service
from tests.processes import read_all

pytestmark = pytest.mark.integration


async def test_worker_enriches_raw_articles_and_dead_letters_garbage(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=3)
    article = factories.raw_article(body="Zelensky met Liz Truss in London on Monday.")
    worker = service("enrich", {"KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, **topics.env()})
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        record = encode(article, key=article.article_id, source="test")
        await producer.send_and_wait(topics.raw, record.value, key=record.key)
        await producer.send_and_wait(topics.raw, b"{broken", key=b"garbage")
    finally:
        await producer.stop()

    with running([worker], tmp_path):
        enriched = EnrichedArticle.model_validate_json(
            (await read_all(kafka_bootstrap, topics.enriched, 1))[0]
        )
        dead = DeadLetter.model_validate_json(
            (await read_all(kafka_bootstrap, topics.dead_letter, 1))[0]
        )
        async with httpx.AsyncClient() as http:
            metrics = (await http.get(worker.metrics_url)).text

    assert enriched.article == article
    assert ("Zelensky", "PERSON") in {(e.text, e.label) for e in enriched.entities}
    assert (dead.stage, dead.reason, dead.key, dead.payload) == (
        "enrich",
        "invalid_raw_article",
        "garbage",
        "{broken",
    )
    assert 'newsflow_dead_letters_total{reason="invalid_raw_article",stage="enrich"} 1.0' in metrics
    assert 'newsflow_articles_processed_total{outcome="enriched",stage="enrich"} 1.0' in metrics
