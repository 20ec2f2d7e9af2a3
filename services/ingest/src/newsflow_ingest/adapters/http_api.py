"""The ingest HTTP API: POST /articles, plus /metrics and /healthz.

202 means every article in the request is on the raw topic (acked by all in-sync replicas)
or was already published before. A 503 may come after part of a batch was published;
retrying the same request is safe, since those ids come back as duplicates."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from aiokafka.errors import KafkaError
from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.params import Depends
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from pydantic import BaseModel, Field, ValidationError

from newsflow_ingest.domain import ArticleFormatError, parse_article, parse_submissions
from newsflow_ingest.service.ingestor import Ingestor, IngestReport
from newsflow_runtime.health import Check
from newsflow_runtime.logging import article_fields, log_context, trace_id_from_headers
from newsflow_schemas import RawArticle

RETRY_AFTER_SECONDS = "5"
READY_TIMEOUT_SECONDS = 3.0
log = logging.getLogger(__name__)


class Accepted(BaseModel):
    article_ids: list[str] = Field(description="Every article of the request, in order.")
    duplicates: list[str] = Field(
        default=[], description="Those ids that were published before and so were skipped."
    )


def _from_plain_text(text: str, now: datetime) -> list[RawArticle]:
    """Errors name the article's field when one broke a rule: ["body", "standfirst"]."""
    try:
        return [parse_article(text, source="http", ingested_at=now)]
    except ArticleFormatError as error:
        fields = [{"loc": ["body", *e.loc], "msg": e.msg, "type": e.type} for e in error.errors]
        raise HTTPException(422, detail=fields or [{"loc": ["body"], "msg": str(error)}]) from error


def _from_json(raw: bytes, now: datetime) -> list[RawArticle]:
    """Errors carry field paths such as body.0.title; never the input, which may be large."""
    try:
        submissions = parse_submissions(raw)
    except ValidationError as error:
        errors = error.errors(include_url=False, include_input=False)
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in errors]) from error
    return [s.to_raw_article(source="http", ingested_at=now) for s in submissions]


async def _articles_from(request: Request, now: datetime) -> list[RawArticle]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    if content_type not in ("text/plain", "application/json"):
        raise HTTPException(415, detail="send application/json or text/plain")
    raw = await request.body()
    if content_type == "text/plain":
        return _from_plain_text(raw.decode("utf-8", errors="replace"), now)
    return _from_json(raw, now)


async def _submit_all(ingestor: Ingestor, articles: list[RawArticle]) -> IngestReport:
    report = IngestReport()
    try:
        for article in articles:
            await ingestor.submit(article, report)
    except KafkaError as error:
        raise HTTPException(
            503,
            detail=f"cannot publish, retry the request: {error}",
            headers={"Retry-After": RETRY_AFTER_SECONDS},
        ) from error
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
) -> FastAPI:
    """`guards` run before POST /articles reads its body: authentication, size limits.
    `readiness`: what /readyz checks, such as the Kafka producer's connection."""
    app = FastAPI(title="newsflow ingest", version="1")

    @app.post("/articles", status_code=202, response_model=Accepted, dependencies=list(guards))
    async def submit_articles(request: Request) -> Accepted:
        articles = await _articles_from(request, datetime.now(UTC))
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
