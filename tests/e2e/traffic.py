"""Articles for a pipeline under observation: sent in waves through ingest's HTTP API, so
the dashboard has rates to show, with a poison message now and then for the dead letters."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field

import httpx
from aiokafka import AIOKafkaProducer

from tests.pipeline import IngestProcess, ingest_client

# Mixed sentiment and every entity type the dashboard breaks down.
STORIES = [
    (
        "Floods kill three in Cumbria",
        "Severe floods devastated villages in Cumbria on Monday, killing three people. "
        "Keir Starmer called the disaster a terrible tragedy.",
    ),
    (
        "Berlin opens a new children's hospital",
        "Angela Merkel praised the wonderful new children's hospital in Berlin, "
        "a great success that doctors at Charité welcomed warmly.",
    ),
    (
        "Microsoft profits beat forecasts",
        "Microsoft reported excellent results in Seattle on Tuesday, and Satya Nadella "
        "thanked the brilliant teams for a superb year.",
    ),
    (
        "Rail strike paralyses Paris",
        "A bitter strike halted trains across Paris, angering commuters. "
        "Emmanuel Macron condemned the chaos and SNCF warned of more disruption.",
    ),
    (
        "Clashes after the vote in Nairobi",
        "Protesters in Nairobi clashed with police after William Ruto was declared the "
        "winner, leaving dozens injured and shops burned.",
    ),
    (
        "Toyota to build a plant in Texas",
        "Toyota will open a new plant in Texas, creating thousands of good jobs, "
        "Greg Abbott said, calling it fantastic news for Austin.",
    ),
]


@dataclass
class Sent:
    article_ids: list[str] = field(default_factory=list)
    poison_keys: list[str] = field(default_factory=list)


def articles(count: int, run: str) -> list[dict[str, str]]:
    picked = [STORIES[i % len(STORIES)] for i in range(count)]
    return [
        {"title": f"{title} [{run} {uuid.uuid4().hex[:8]}]", "body": body} for title, body in picked
    ]


async def post(client: httpx.AsyncClient, batch: list[dict[str, str]], sent: Sent) -> None:
    response = await client.post("/articles", json=batch)
    response.raise_for_status()
    sent.article_ids += response.json()["article_ids"]


async def poison(producer: AIOKafkaProducer, topic: str, trace_id: str, sent: Sent) -> None:
    """Not an article: enrich dead-letters it as invalid_raw_article."""
    key = f"poison-{uuid.uuid4().hex[:12]}"
    headers = [("traceparent", f"00-{trace_id}-{uuid.uuid4().hex[:16]}-01".encode())]
    await producer.send_and_wait(topic, b"{not json", key=key.encode(), headers=headers)
    sent.poison_keys.append(key)


async def send_waves(
    ingest: IngestProcess,
    kafka_bootstrap: str,
    raw_topic: str,
    trace_id: str,
    waves: int,
    pause: float = 2.0,
) -> Sent:
    """`waves` POSTs of three articles, a burst of thirty half way, one poison message
    in the second wave and then every tenth."""
    sent, run = Sent(), uuid.uuid4().hex[:6]
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        async with ingest_client(ingest) as client:
            for wave in range(waves):
                burst = wave == waves // 2
                await post(client, articles(30 if burst else 3, run), sent)
                if wave % 10 == 1:
                    await poison(producer, raw_topic, trace_id, sent)
                await asyncio.sleep(pause)
    finally:
        await producer.stop()
    return sent
