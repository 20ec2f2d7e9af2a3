"""The enriched topic as a public interface: an outside consumer reads it, and replaying it
from the start leaves the database as it was."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest
from aiokafka import AIOKafkaConsumer

from newsflow_runtime.tracing import header_value, trace_id
from tests.e2e.conftest import Pipeline
from tests.pipeline import running, service, wait_until_caught_up

pytestmark = pytest.mark.e2e

EXAMPLE = Path(__file__).parents[2] / "examples" / "consume_enriched.py"
SNAPSHOT = """
SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
       (SELECT count(*) FROM article_entities), (SELECT count(*) FROM entity_aliases),
       (SELECT count(*) FROM quotes),
       (SELECT string_agg(article_id || stored_at::text || sentiment_compound::text, ','
                          ORDER BY article_id) FROM articles)
"""


async def test_the_example_consumer_reads_every_enriched_article(pipeline: Pipeline) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(EXAMPLE),
        env={
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": pipeline.kafka_bootstrap,
            "ENRICHED_TOPIC": pipeline.topics.enriched,
            "EXAMPLE_GROUP": f"example-{pipeline.topics.enriched}",
            "EXAMPLE_LIMIT": str(len(pipeline.seed_ids)),
        },
        stdout=asyncio.subprocess.PIPE,
    )
    stdout, _ = await asyncio.wait_for(process.communicate(), timeout=120)
    lines = stdout.decode().splitlines()
    assert process.returncode == 0
    assert len(lines) == len(pipeline.seed_ids)
    assert all(line.startswith("dev.newsflow.article.enriched.v") for line in lines)
    assert any("Russian troops" in line and "sentiment=negative" in line for line in lines)


async def test_trace_context_flows_from_raw_to_enriched(pipeline: Pipeline) -> None:
    traces: dict[str, dict[bytes, str | None]] = {}
    for topic in (pipeline.topics.raw, pipeline.topics.enriched):
        consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=pipeline.kafka_bootstrap, auto_offset_reset="earliest"
        )
        await consumer.start()
        try:
            batches = await consumer.getmany(timeout_ms=5000)
            traces[topic] = {
                m.key: trace_id(header_value(m.headers, "traceparent"))
                for messages in batches.values()
                for m in messages
            }
        finally:
            await consumer.stop()
    raw, enriched = traces[pipeline.topics.raw], traces[pipeline.topics.enriched]
    assert set(enriched) == set(raw) and all(raw.values())
    assert all(enriched[key] == raw[key] for key in raw)
    async with await psycopg.AsyncConnection.connect(pipeline.database_url) as conn:
        rows = await (await conn.execute("SELECT article_id, trace_id FROM articles")).fetchall()
    assert {article_id.encode(): trace for article_id, trace in rows} == raw


async def test_replaying_the_enriched_topic_changes_nothing(pipeline: Pipeline) -> None:
    async with await psycopg.AsyncConnection.connect(pipeline.database_url) as conn:
        before = await (await conn.execute(SNAPSHOT)).fetchone()
    # A store with a new consumer group reads the whole topic again from offset zero.
    group = f"replay-{pipeline.topics.enriched}"
    replay = service("store", pipeline.env, instance=1, group=group)
    with running([replay], Path(tempfile.mkdtemp(prefix="newsflow-replay-"))):
        await wait_until_caught_up(pipeline.kafka_bootstrap, group, pipeline.topics.enriched)
    async with await psycopg.AsyncConnection.connect(pipeline.database_url) as conn:
        after = await (await conn.execute(SNAPSHOT)).fetchone()
    assert after == before
