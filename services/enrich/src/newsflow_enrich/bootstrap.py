"""The one place where enrich's real adapters are wired together."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import faust
from prometheus_client import CollectorRegistry, start_http_server

from newsflow_enrich.adapters.batch_handler import BatchHandler, Publish, PublishDeadLetter
from newsflow_enrich.adapters.faust_worker import build_app, wire_agent
from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_enrich.metrics import EnrichMetrics
from newsflow_enrich.settings import EnrichSettings


def build_enricher(settings: EnrichSettings) -> Enricher:
    return Enricher(load_ner_pipeline(settings.enrich_model_package), VaderAnalyser())


def bootstrap(settings: EnrichSettings, registry: CollectorRegistry | None = None) -> faust.App:
    registry = registry or CollectorRegistry()
    metrics = EnrichMetrics.create(registry)
    enricher = build_enricher(settings)
    # One NLP thread per worker: scale out with more workers (partitions), not threads.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlp")
    app = build_app(settings)

    def make_handler(publish: Publish, publish_dead_letter: PublishDeadLetter) -> BatchHandler:
        return BatchHandler(enricher, executor, publish, publish_dead_letter, metrics)

    wire_agent(app, settings, make_handler)
    start_http_server(settings.enrich_metrics_port, settings.enrich_metrics_host, registry)
    return app


def run_worker(settings: EnrichSettings) -> None:
    logging.basicConfig(level=settings.log_level)
    app = bootstrap(settings)
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
