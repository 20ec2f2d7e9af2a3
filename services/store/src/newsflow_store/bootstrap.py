"""The one place where the store's real adapters are wired together."""

from __future__ import annotations

import asyncio
import logging
import signal

from prometheus_client import CollectorRegistry

from newsflow_runtime.dead_letters import DeadLetterPublisher, aiokafka_send
from newsflow_runtime.health import HealthServer
from newsflow_runtime.kafka import build_producer
from newsflow_runtime.kafka_access import start_client
from newsflow_runtime.logging import configure_logging
from newsflow_runtime.production import require_safe_url_passwords
from newsflow_runtime.watchdog import Watchdog
from newsflow_store.adapters.batch_handler import BatchHandler
from newsflow_store.adapters.kafka_consumer import (
    SOURCE,
    Batching,
    StoreConsumer,
    build_consumer,
)
from newsflow_store.adapters.observability import readiness_checks, watch_lag
from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.adapters.search_indexer import SearchIndexer, keep_indexing
from newsflow_store.collector import fewer_collections
from newsflow_store.metrics import StoreMetrics
from newsflow_store.migrations import migrate
from newsflow_store.settings import StoreSettings

log = logging.getLogger(__name__)


async def serve(
    settings: StoreSettings,
    stop: asyncio.Event,
    registry: CollectorRegistry,
    health: HealthServer | None = None,
) -> None:
    """Consumes enriched events into PostgreSQL until `stop` is set. Expects a migrated schema."""
    database_url = settings.database_url.get_secret_value()
    writer = PostgresWriter(database_url)
    consumer = build_consumer(settings)
    producer = build_producer(settings.kafka, SOURCE)
    publish = DeadLetterPublisher(aiokafka_send(producer), settings.dead_letter_topic, SOURCE)
    metrics = StoreMetrics.create(registry)
    watchdog = Watchdog()
    metrics.stage.report_stuck(lambda: bool(watchdog.overdue()))
    handler = BatchHandler(writer, publish, metrics)
    batching = Batching.from_settings(settings)
    store = StoreConsumer(consumer, handler, batching, watchdog, metrics.stage)
    indexer = SearchIndexer(
        database_url, metrics.search, batch_size=settings.store_search_index_batch_size
    )
    if health is not None:
        checks = {**readiness_checks(consumer, database_url), "not_stuck": watchdog.healthy}
        health.attach(asyncio.get_running_loop(), checks)
    await start_client(producer, settings.kafka)
    try:
        await start_client(consumer, settings.kafka)
        lag_watch = asyncio.create_task(watch_lag(consumer, metrics.lag, stop))
        every = settings.store_search_index_interval_seconds
        indexing = asyncio.create_task(keep_indexing(indexer, stop, every))
        try:
            await store.run(stop)
        finally:
            lag_watch.cancel()
            indexing.cancel()
            await consumer.stop()
    finally:
        await producer.stop()
        await writer.close()


def stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, _stopping, stop, signal.Signals(signum).name)


def _stopping(stop: asyncio.Event, name: str) -> None:
    log.info("%s: stopping", name)
    stop.set()


async def _main(settings: StoreSettings, registry: CollectorRegistry, health: HealthServer) -> None:
    stop = asyncio.Event()
    stop_on_signals(stop)
    await serve(settings, stop, registry, health)


def run(settings: StoreSettings) -> None:
    configure_logging("store", settings.log_level)
    log.info("starting store with %s", settings)
    urls = {
        "DATABASE_URL": settings.database_url,
        "STORE_MIGRATION_DATABASE_URL": settings.store_migration_database_url,
    }
    for problem in require_safe_url_passwords(urls, settings.newsflow_env):
        log.warning("fine for dev, refused in production: %s", problem)
    migrate(settings.migration_url.get_secret_value())
    registry = CollectorRegistry()
    health = HealthServer(registry, settings.store_metrics_host, settings.store_metrics_port)
    health.start()
    try:
        with fewer_collections():
            asyncio.run(_main(settings, registry, health))
    finally:
        health.stop()
    log.info("store stopped")
