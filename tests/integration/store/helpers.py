"""Small helpers shared by the store's integration tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from aiokafka import AIOKafkaProducer

from newsflow_runtime.envelope import encode
from newsflow_schemas import EnrichedArticle


def query(url: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(sql, params).fetchall()


async def produce(
    bootstrap: str, topic: str, events: Sequence[EnrichedArticle], garbage: bytes | None = None
) -> None:
    """Sends the events keyed by article id, as enrich does, then the garbage if any."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for event in events:
            record = encode(event, key=event.article_id, source="test")
            await producer.send_and_wait(topic, record.value, key=record.key)
        if garbage is not None:
            await producer.send_and_wait(topic, garbage, key=b"garbage")
    finally:
        await producer.stop()
