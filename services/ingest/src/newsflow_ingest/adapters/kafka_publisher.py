"""Publishes RawArticle events with newsflow's one producer: idempotent, acks=all,
compressed, and sized to the topics (newsflow_runtime.kafka)."""

from __future__ import annotations

from types import TracebackType

from newsflow_runtime.envelope import encode
from newsflow_runtime.kafka import build_producer
from newsflow_runtime.kafka_access import start_client
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import RawArticle

SOURCE = "newsflow/ingest"


class KafkaArticlePublisher:
    def __init__(self, kafka: KafkaSettings, topic: str) -> None:
        self._topic = topic
        self._kafka = kafka
        self._producer = build_producer(kafka, SOURCE)

    async def __aenter__(self) -> KafkaArticlePublisher:
        await start_client(self._producer, self._kafka)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._producer.stop()

    async def publish(self, article: RawArticle) -> None:
        # Keyed by article id: every version of an article lands on one partition, in order.
        record = encode(article, key=article.article_id, source=SOURCE)
        await self._producer.send_and_wait(
            self._topic, record.value, key=record.key, headers=record.headers
        )

    async def connected(self) -> bool:
        """Whether a broker answers this producer's metadata request now: for /readyz."""
        return bool(await self._producer.client.force_metadata_update())
