"""The one place where ingest's real adapters are wired together."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import uvicorn
from fastapi import Depends, FastAPI
from fastapi.params import Depends as Guard
from prometheus_client import CollectorRegistry

from newsflow_ingest.adapters.auth import BearerTokens
from newsflow_ingest.adapters.http_api import create_app
from newsflow_ingest.adapters.http_articles import RequestLimits
from newsflow_ingest.adapters.kafka_publisher import KafkaArticlePublisher
from newsflow_ingest.adapters.state import IngestState
from newsflow_ingest.adapters.web import HttpWeb
from newsflow_ingest.domain import SOURCE_NAME_RULE, is_source_name
from newsflow_ingest.metrics import create_metrics
from newsflow_ingest.service.drop_folder import watch_folder
from newsflow_ingest.service.feeds import poll_feed, poll_forever
from newsflow_ingest.service.files import ingest_files
from newsflow_ingest.service.ingestor import (
    DiscardingPublisher,
    DryRunSeenIds,
    Ingestor,
    IngestReport,
)
from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.health import Check, HealthServer
from newsflow_runtime.logging import configure_logging
from newsflow_runtime.production import require_safe_secrets

log = logging.getLogger(__name__)


@asynccontextmanager
async def wired(
    settings: IngestSettings,
    registry: CollectorRegistry | None = None,
    dry_run: bool = False,
    readiness: dict[str, Check] | None = None,
) -> AsyncIterator[tuple[Ingestor, IngestState]]:
    """An Ingestor on the real state store, publishing to Kafka (or nowhere, on a dry run).
    `readiness`, when given, receives the checks that say whether it can publish now."""
    state = IngestState(settings.state_path, settings.ingest_seen_days)
    metrics = create_metrics(registry or CollectorRegistry())
    seen = state.seen_ids(settings.raw_topic)
    try:
        if dry_run:
            yield Ingestor(DiscardingPublisher(), DryRunSeenIds(seen), metrics), state
        else:
            async with KafkaArticlePublisher(settings.kafka, settings.raw_topic) as publisher:
                if readiness is not None:
                    readiness["kafka"] = publisher.connected
                yield Ingestor(publisher, seen, metrics), state
    finally:
        state.close()


def _web(settings: IngestSettings) -> HttpWeb:
    return HttpWeb(settings.ingest_fetch_timeout_seconds, settings.ingest_fetch_max_bytes)


def _limits(settings: IngestSettings) -> RequestLimits:
    return RequestLimits(settings.ingest_max_body_bytes, settings.ingest_max_articles_per_request)


async def ingest_paths(
    settings: IngestSettings,
    paths: Iterable[Path],
    on_progress: Callable[[Path], None] = lambda _: None,
    dry_run: bool = False,
) -> IngestReport:
    async with wired(settings, dry_run=dry_run) as (ingestor, _):
        return await ingest_files(paths, ingestor, on_progress)


async def ingest_feeds(settings: IngestSettings, urls: Sequence[str]) -> IngestReport:
    """Polls each feed once."""
    report = IngestReport()
    async with wired(settings) as (ingestor, state), _web(settings) as web:
        for url in urls:
            report.extend(await poll_feed(url, web, state, ingestor))
    return report


SHUTDOWN_GRACE_SECONDS = 5


async def watch(
    settings: IngestSettings,
    folder: Path,
    on_report: Callable[[IngestReport], None],
    stop: asyncio.Event | None = None,
) -> None:
    async with wired(settings) as (ingestor, state):
        journal = state.file_journal(settings.raw_topic)
        await watch_folder(folder, ingestor, journal, on_report, stop)


def _guards(settings: IngestSettings) -> list[Guard]:
    if not settings.ingest_tokens:
        return []  # dev mode only: run() refuses this anywhere else
    return [Depends(BearerTokens(settings.ingest_tokens))]


def build_app(settings: IngestSettings, ingestor: Ingestor) -> FastAPI:
    """POST /articles, behind the configured tokens."""
    return create_app(ingestor, guards=_guards(settings), limits=_limits(settings))


def ops_server(
    settings: IngestSettings, registry: CollectorRegistry, readiness: dict[str, Check]
) -> HealthServer:
    """/metrics, /healthz and /readyz on their own port, open, as every stage serves them."""
    health = HealthServer(registry, settings.ingest_metrics_host, settings.ingest_metrics_port)
    health.attach(asyncio.get_running_loop(), readiness)
    return health


class _ArticlesServer(uvicorn.Server):
    """uvicorn, which calls `on_listening` once its port takes connections: the stack and
    the tests wait for /metrics, so it answers only when POST /articles does too."""

    def __init__(self, config: uvicorn.Config, on_listening: Callable[[], object]) -> None:
        super().__init__(config)
        self._on_listening = on_listening

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self._on_listening()


def _uvicorn_config(settings: IngestSettings, app: FastAPI) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=settings.ingest_http_host,
        port=settings.ingest_http_port,
        log_level=settings.log_level.lower(),
        log_config=None,  # uvicorn's loggers go through the root's JSON handler
        # On SIGTERM, requests in flight get this long to finish; the process is gone
        # within 10 s, as every stage's is.
        timeout_graceful_shutdown=SHUTDOWN_GRACE_SECONDS,
    )


async def serve(settings: IngestSettings) -> None:
    """The HTTP API and its operations port, and the configured feeds polled in the
    background."""
    registry = CollectorRegistry()
    readiness: dict[str, Check] = {}
    async with (
        wired(settings, registry, readiness=readiness) as (ingestor, state),
        _web(settings) as web,
    ):
        ops = ops_server(settings, registry, readiness)
        server = _ArticlesServer(
            _uvicorn_config(settings, build_app(settings, ingestor)), ops.start
        )
        poller = asyncio.create_task(
            poll_forever(
                settings.ingest_feeds,
                settings.ingest_feed_interval_seconds,
                lambda url: poll_feed(url, web, state, ingestor),
            )
        )
        try:
            await server.serve()
        finally:
            ops.stop()
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller


async def _serve_until_signalled(settings: IngestSettings) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        # uvicorn shuts the server down on these, then raises the signal again for whatever
        # handled it before: this no-op, so that the producer and the state close cleanly
        # rather than the process dying mid-way at the default handler.
        loop.add_signal_handler(signum, lambda: None)
    await serve(settings)


def refuse_unsafe_tokens(settings: IngestSettings) -> None:
    """Outside dev mode, no token or a weak one is a refusal to start; in dev mode, a warning."""
    secrets = [token.secret for token in settings.ingest_tokens]
    problem = require_safe_secrets("INGEST_TOKENS", secrets, settings.newsflow_env)
    if problem is not None and not secrets:
        log.warning("%s: POST /articles takes requests from anyone (dev mode only)", problem)
    elif problem is not None:
        log.warning("%s: accepted in dev mode only", problem)


def refuse_unusable_token_names(settings: IngestSettings) -> None:
    """A named token's name is the source its articles are stored under: it must be one."""
    for token in settings.ingest_tokens:
        if token.named and not is_source_name(token.name):
            raise ValueError(
                f"INGEST_TOKENS: the token name {token.name!r} is no source name: "
                f"{SOURCE_NAME_RULE}"
            )


def run(settings: IngestSettings) -> None:
    configure_logging("ingest", settings.log_level)
    try:
        refuse_unsafe_tokens(settings)
        refuse_unusable_token_names(settings)
    except ValueError as error:  # UnsafeSecretError among them; neither holds a secret
        log.critical("refusing to start: %s", error)
        raise SystemExit(1) from None
    log.info("starting ingest with %s", settings)
    asyncio.run(_serve_until_signalled(settings))
