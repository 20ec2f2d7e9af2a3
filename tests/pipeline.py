"""Runs newsflow services as real processes against the test session's Kafka and PostgreSQL,
on topics and consumer groups of their own, so tests never share state."""

from __future__ import annotations

import asyncio
import secrets
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from newsflow.stack.ports import free_ports
from newsflow.stack.services import ServiceProcess, start_service, stop_service, wait_until_serving


@dataclass(frozen=True)
class PipelineTopics:
    raw: str
    enriched: str
    dead_letter: str

    @classmethod
    def unique(cls) -> PipelineTopics:
        suffix = uuid.uuid4().hex[:8]
        return cls(f"raw-{suffix}", f"enriched-{suffix}", f"dead-letter-{suffix}")

    @property
    def names(self) -> list[str]:
        return [self.raw, self.enriched, self.dead_letter]

    def env(self) -> dict[str, str]:
        return {
            "RAW_TOPIC": self.raw,
            "ENRICHED_TOPIC": self.enriched,
            "DEAD_LETTER_TOPIC": self.dead_letter,
        }


PORT_VARIABLES = {
    "ingest": "INGEST_HTTP_PORT",
    "enrich": "ENRICH_METRICS_PORT",
    "store": "STORE_METRICS_PORT",
    "api": "API_PORT",
}
MODULES = {"api": "newsflow_store.api"}
# Ingest takes articles only with a token; a test posts with `ingest_client(service)`, or
# sends service.env["INGEST_TOKEN"] itself. One per session, as the stack has one.
INGEST_TOKEN = secrets.token_urlsafe(32)


def service(
    name: str, env: dict[str, str], instance: int = 0, group: str | None = None
) -> ServiceProcess:
    port, metrics_port = free_ports(2)
    group = group or f"{name}-{env['RAW_TOPIC']}"
    variables = {**env, PORT_VARIABLES[name]: str(port), f"{name.upper()}_CONSUMER_GROUP": group}
    if name != "ingest":
        return ServiceProcess(
            name=f"{name}-{instance}",
            module=MODULES.get(name, f"newsflow_{name}"),
            metrics_url=f"http://127.0.0.1:{port}/metrics",
            env=variables,
        )
    return ServiceProcess(
        name=f"ingest-{instance}",
        module="newsflow_ingest",
        metrics_url=f"http://127.0.0.1:{metrics_port}/metrics",
        env={**ingest_variables(metrics_port), **variables},
        api_url=f"http://127.0.0.1:{port}",
    )


def ingest_variables(metrics_port: int) -> dict[str, str]:
    """What ingest needs beyond its articles port; INGEST_TOKEN is for its clients."""
    return {
        "INGEST_METRICS_PORT": str(metrics_port),
        "INGEST_TOKENS": INGEST_TOKEN,
        "INGEST_TOKEN": INGEST_TOKEN,
    }


class IngestProcess(Protocol):
    """A ServiceProcess or a tests.processes.Worker running ingest."""

    @property
    def url(self) -> str: ...
    @property
    def env(self) -> dict[str, str]: ...


def ingest_client(ingest: IngestProcess, timeout: float = 30) -> httpx.AsyncClient:
    """A client of ingest's POST /articles that sends the service's token."""
    token = ingest.env["INGEST_TOKEN"]
    return httpx.AsyncClient(
        base_url=ingest.url, headers={"Authorization": f"Bearer {token}"}, timeout=timeout
    )


@contextmanager
def running(services: Sequence[ServiceProcess], run_dir: Path) -> Iterator[None]:
    try:
        for each in services:
            start_service(each, run_dir, cwd=run_dir)  # Faust's data dir: not the checkout
        for each in services:
            wait_until_serving(each, run_dir, timeout=180)
        yield
    finally:
        for each in services:
            stop_service(each, run_dir)


async def wait_until_caught_up(
    bootstrap: str, group: str, topic: str, within_seconds: float = 120
) -> None:
    """Until the group has committed the end offset of every partition of the topic."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await admin.start()
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        ends = await consumer.end_offsets(partitions)
        deadline = time.monotonic() + within_seconds
        while time.monotonic() < deadline:
            committed = await admin.list_consumer_group_offsets(group, partitions=partitions)
            if all(committed.get(tp) and committed[tp].offset >= ends[tp] for tp in partitions):
                return
            await asyncio.sleep(0.5)
        raise AssertionError(f"{group} did not catch up on {topic} in {within_seconds} s")
    finally:
        await consumer.stop()
        await admin.close()
