"""The chaos run's own Kafka and PostgreSQL: free ports, a temporary directory, own topics.

Restarting either one reuses the same data directory and ports, as a real outage would."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from pathlib import Path

from newsflow.stack.kafka import KafkaNode, start_kafka, stop_kafka
from newsflow.stack.postgres import PostgresNode, postgres_url, start_postgres, stop_postgres
from newsflow.stack.topics import ensure_topics

PARTITIONS = 6
KAFKA_START_TIMEOUT_S = 180.0
POSTGRES_START_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Topics:
    raw: str
    enriched: str
    dead_letter: str
    signatures: str

    @classmethod
    def unique(cls) -> Topics:
        suffix = uuid.uuid4().hex[:8]
        names = ("raw", "enriched", "dead-letter", "signatures")
        return cls(*(f"chaos-{name}-{suffix}" for name in names))

    def env(self) -> dict[str, str]:
        return {
            "RAW_TOPIC": self.raw,
            "ENRICHED_TOPIC": self.enriched,
            "DEAD_LETTER_TOPIC": self.dead_letter,
            "ENRICH_SIGNATURES_TOPIC": self.signatures,
        }


@dataclass(frozen=True)
class Servers:
    kafka: KafkaNode
    postgres: PostgresNode
    topics: Topics

    @property
    def bootstrap(self) -> str:
        return self.kafka.bootstrap_servers

    @property
    def database_url(self) -> str:
        return postgres_url(self.postgres)

    async def start(self) -> None:
        await asyncio.gather(self.start_kafka(), self.start_postgres())
        topics = self.topics
        names = [topics.raw, topics.enriched, topics.dead_letter]
        await ensure_topics(self.bootstrap, names, partitions=PARTITIONS)
        await ensure_topics(self.bootstrap, [topics.signatures], partitions=1)

    async def start_kafka(self) -> None:
        await asyncio.to_thread(start_kafka, self.kafka, timeout=KAFKA_START_TIMEOUT_S)

    async def stop_kafka(self) -> None:
        await asyncio.to_thread(stop_kafka, self.kafka)

    async def start_postgres(self) -> None:
        await asyncio.to_thread(start_postgres, self.postgres, timeout=POSTGRES_START_TIMEOUT_S)

    async def stop_postgres(self) -> None:
        await asyncio.to_thread(stop_postgres, self.postgres)

    def stop_all(self) -> None:
        """Blocking, for teardown: never raises, so one failure cannot keep the other running."""
        for stop in (lambda: stop_kafka(self.kafka), lambda: stop_postgres(self.postgres)):
            try:
                stop()
            except Exception as error:
                print(f"chaos: teardown: {error!r}")

    @property
    def log_files(self) -> dict[str, Path]:
        return {"kafka": self.kafka.output_file, "postgres": self.postgres.log_file}
