"""The ingest HTTP API: POST /articles, plus /metrics, /healthz and /readyz.

202 means every article in the request is on the raw topic (acked by all in-sync replicas)
or was already published before. 503 with Retry-After means Kafka is in transient trouble:
part of a batch may have been published, and retrying the same request is safe, since
those ids come back as duplicates. A request that can never succeed never gets a 503:
it gets a 413 or 422 saying what to change (http_articles.py), or a 500 with the reason."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from aiokafka.errors import KafkaError
from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.params import Depends
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from pydantic import BaseModel, Field

from newsflow_ingest.adapters.http_articles import RequestLimits, articles_from
from newsflow_ingest.adapters.kafka_errors import PublishFailure, classify
from newsflow_ingest.service.ingestor import Ingestor, IngestReport
from newsflow_runtime.health import Check
from newsflow_runtime.logging import article_fields, log_context, trace_id_from_headers
from newsflow_schemas import RawArticle

RETRY_AFTER_SECONDS = "5"
# What a publisher raises when Kafka, not our code, failed: answered with a reason.
PUBLISH_ERRORS = (KafkaError, ConnectionError, TimeoutError)
READY_TIMEOUT_SECONDS = 3.0
log = logging.getLogger(__name__)


class Accepted(BaseModel):
    article_ids: list[str] = Field(description="Every article of the request, in order.")
    duplicates: list[str] = Field(
        default=[], description="Those ids that were published before and so were skipped."
    )


def _publish_failed(error: Exception, index: int, article: RawArticle) -> HTTPException:
    failure = classify(error)
    if failure is PublishFailure.TRANSIENT:
        log.warning("cannot publish now, asking the client to retry: %r", error)
        reason = f"Kafka cannot take articles now; retrying the same request is safe: {error}"
        return HTTPException(503, detail=reason, headers={"Retry-After": RETRY_AFTER_SECONDS})
    where = f"article {index} ({article.article_id})"
    if failure is PublishFailure.TOO_LARGE:
        before = f"the {index} article(s) before it are on the topic; " if index else ""
        reason = f"{where} is larger than Kafka accepts; {before}send the rest without it: {error}"
        return HTTPException(413, detail=reason)
    log.error("cannot publish %s, and a retry will not help: %r", where, error)
    reason = f"cannot publish {where}, and retrying will not help until it is fixed: {error}"
    return HTTPException(500, detail=reason)


async def _submit_all(ingestor: Ingestor, articles: list[RawArticle]) -> IngestReport:
    report = IngestReport()
    for index, article in enumerate(articles):
        try:
            await ingestor.submit(article, report)
        except PUBLISH_ERRORS as error:
            raise _publish_failed(error, index, article) from error
    return report


async def _passes(check: Check) -> bool:
    try:
        async with asyncio.timeout(READY_TIMEOUT_SECONDS):
            return bool(await check())
    except Exception:
        return False


def create_app(
    ingestor: Ingestor,
    registry: CollectorRegistry,
    guards: Sequence[Depends] = (),
    readiness: Mapping[str, Check] | None = None,
    limits: RequestLimits | None = None,
) -> FastAPI:
    """`guards` run before POST /articles reads its body, such as authentication.
    `readiness`: what /readyz checks, such as the Kafka producer's connection.
    `limits`: the largest body and batch a request may carry."""
    app = FastAPI(title="newsflow ingest", version="1")
    request_limits = limits or RequestLimits()

    @app.post("/articles", status_code=202, response_model=Accepted, dependencies=list(guards))
    async def submit_articles(request: Request) -> Accepted:
        articles = await articles_from(request, request_limits, datetime.now(UTC))
        report = await _submit_all(ingestor, articles)
        with log_context(trace_id=trace_id_from_headers(request.headers)):
            for article_id in report.published:
                log.debug("article published", extra=article_fields(article_id))
        return Accepted(article_ids=[a.article_id for a in articles], duplicates=report.duplicates)

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(response: Response) -> dict[str, Any]:
        checks = {name: await _passes(check) for name, check in (readiness or {}).items()}
        ready = all(checks.values())
        response.status_code = 200 if ready else 503
        return {"ready": ready, "checks": checks}

    @app.get("/metrics")
    async def prometheus_metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return app
