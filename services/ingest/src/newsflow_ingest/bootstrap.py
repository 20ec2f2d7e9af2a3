"""The one place where ingest's real adapters are wired together."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import uvicorn
from prometheus_client import CollectorRegistry

from newsflow_ingest.adapters.http_api import create_app
from newsflow_ingest.adapters.kafka_publisher import KafkaArticlePublisher
from newsflow_ingest.metrics import create_metrics
from newsflow_ingest.service import IngestReport, ingest_files
from newsflow_ingest.settings import IngestSettings


async def ingest_paths(
    settings: IngestSettings,
    paths: Iterable[Path],
    on_progress: Callable[[Path], None] = lambda _: None,
) -> IngestReport:
    metrics = create_metrics(CollectorRegistry())
    async with KafkaArticlePublisher(settings.kafka_bootstrap_servers, settings.raw_topic) as pub:
        return await ingest_files(paths, pub, metrics, on_progress)


async def serve(settings: IngestSettings) -> None:
    registry = CollectorRegistry()
    metrics = create_metrics(registry)
    async with KafkaArticlePublisher(settings.kafka_bootstrap_servers, settings.raw_topic) as pub:
        app = create_app(pub, metrics, registry)
        config = uvicorn.Config(
            app,
            host=settings.ingest_http_host,
            port=settings.ingest_http_port,
            log_level=settings.log_level.lower(),
        )
        await uvicorn.Server(config).serve()


def run(settings: IngestSettings) -> None:
    logging.basicConfig(level=settings.log_level)
    asyncio.run(serve(settings))
