"""The one place where enrich's real adapters are wired together."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import faust
from prometheus_client import CollectorRegistry

from newsflow_enrich.adapters.ack_gate import AckGate, RecordFinder
from newsflow_enrich.adapters.batch_handler import (
    BatchHandler,
    Publish,
    PublishDeadLetter,
    Resilience,
)
from newsflow_enrich.adapters.faust_observability import FaustLagProbe, wire_observability
from newsflow_enrich.adapters.faust_worker import (
    EXIT_BATCH_FAILED,
    FailureStop,
    build_app,
    wire_agent,
)
from newsflow_enrich.adapters.signature_log import SignatureLog
from newsflow_enrich.adapters.stalled_partitions import AgentActivity
from newsflow_enrich.adapters.story_log import StoryLog
from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_enrich.domain.near_duplicates import NearDuplicateIndex
from newsflow_enrich.domain.pipeline import ADAPTED_NER
from newsflow_enrich.domain.stories import StoryIndex
from newsflow_enrich.metrics import EnrichMetrics
from newsflow_enrich.runtime import keep_long_lived_out_of_gc
from newsflow_enrich.settings import EnrichSettings
from newsflow_runtime.health import HealthServer
from newsflow_runtime.kafka_access import check_access
from newsflow_runtime.logging import configure_logging
from newsflow_runtime.retry import RetryPolicy
from newsflow_runtime.watchdog import Watchdog


def build_enricher(settings: EnrichSettings) -> Enricher:
    weights = ADAPTED_NER if settings.enrich_adapted_ner else None
    enricher = Enricher(load_ner_pipeline(settings.enrich_model_package, weights), VaderAnalyser())
    keep_long_lived_out_of_gc()
    return enricher


def build_near_duplicates(settings: EnrichSettings) -> SignatureLog | None:
    if not settings.enrich_signatures_topic:
        return None
    return SignatureLog(
        settings.kafka,
        settings.enrich_signatures_topic,
        NearDuplicateIndex(),
        reader_dies_after=settings.enrich_fault_signature_reader_dies_after,
    )


def build_stories(settings: EnrichSettings) -> StoryLog | None:
    if not settings.enrich_stories_topic:
        return None
    return StoryLog(settings.kafka, settings.enrich_stories_topic, StoryIndex())


def build_resilience(settings: EnrichSettings) -> Resilience:
    retry = RetryPolicy(
        attempts=settings.enrich_retry_attempts,
        timeout_seconds=settings.enrich_retry_timeout_seconds,
    )
    return Resilience(retry, Watchdog(), settings.enrich_nlp_deadline_seconds)


def bootstrap(
    settings: EnrichSettings, failure: FailureStop, registry: CollectorRegistry | None = None
) -> faust.App:
    registry = registry or CollectorRegistry()
    metrics = EnrichMetrics.create(registry, settings.enrich_model_package)
    enricher = build_enricher(settings)
    # One NLP thread per worker: scale out with more workers (partitions), not threads.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlp")
    near_duplicates = build_near_duplicates(settings)
    stories = build_stories(settings)
    app = build_app(settings)
    resilience = build_resilience(settings)
    metrics.stage.report_stuck(lambda: bool(resilience.watchdog.overdue()))

    def make_handler(publish: Publish, publish_dead_letter: PublishDeadLetter) -> BatchHandler:
        return BatchHandler(
            enricher,
            executor,
            publish,
            publish_dead_letter,
            metrics,
            near_duplicates,
            resilience,
            stories,
        )

    activity = AgentActivity(drop_events=settings.enrich_fault_drop_first_events)
    probe = FaustLagProbe(app, settings)
    gate = AckGate(app, probe, RecordFinder(settings.kafka), metrics.rewinds)
    wire_agent(app, settings, make_handler, failure, activity, gate)
    health = HealthServer(registry, settings.enrich_metrics_host, settings.enrich_metrics_port)
    stuck = {"not_stuck": resilience.watchdog.healthy, "batches_durable": failure.healthy}
    wire_observability(
        app, settings, probe, health.start(), metrics.lag, stuck, metrics.rewinds, activity
    )
    return app


def run_worker(settings: EnrichSettings) -> None:
    configure_logging("enrich", settings.log_level)
    # Faust starts its own clients, and would not say why a cluster refused them.
    asyncio.run(check_access(settings.kafka))
    # Faust makes only the last part of its data directory; NEWSFLOW_HOME may not exist yet.
    settings.newsflow_home.mkdir(parents=True, exist_ok=True)
    failure = FailureStop()
    app = bootstrap(settings, failure)
    # Faust would replace the root handlers with its own coloured text ones.
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True, override_logging=False)
    try:
        worker.execute_from_commandline()
    finally:
        if failure.reason is not None:
            raise SystemExit(EXIT_BATCH_FAILED)
