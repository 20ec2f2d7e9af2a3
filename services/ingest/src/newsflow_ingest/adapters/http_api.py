"""The ingest HTTP API: POST /articles, plus /metrics and /healthz."""

from __future__ import annotations

from datetime import UTC, datetime

from aiokafka.errors import KafkaError
from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from pydantic import BaseModel, TypeAdapter, ValidationError

from newsflow_ingest.adapters.kafka_publisher import ArticlePublisher
from newsflow_ingest.domain import ArticleFormatError, ArticleSubmission, parse_article
from newsflow_schemas import RawArticle
from newsflow_schemas.metrics import StageMetrics

RETRY_AFTER_SECONDS = "5"
_ONE = TypeAdapter(ArticleSubmission)
_BATCH = TypeAdapter(list[ArticleSubmission])


class Accepted(BaseModel):
    article_ids: list[str]


def _from_plain_text(text: str, now: datetime) -> list[RawArticle]:
    try:
        return [parse_article(text, source="http", ingested_at=now)]
    except ArticleFormatError as error:
        raise HTTPException(422, detail=[{"loc": ["body"], "msg": str(error)}]) from error


def _validated_submissions(raw: bytes) -> list[ArticleSubmission]:
    """One article or a list of them; errors carry field paths such as body.0.title."""
    try:
        if raw.lstrip().startswith(b"["):
            return _BATCH.validate_json(raw)
        return [_ONE.validate_json(raw)]
    except ValidationError as error:
        errors = error.errors(include_url=False)
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in errors]) from error


async def _articles_from(request: Request, now: datetime) -> list[RawArticle]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    raw = await request.body()
    if content_type == "text/plain":
        return _from_plain_text(raw.decode("utf-8", errors="replace"), now)
    if content_type != "application/json":
        raise HTTPException(415, detail="send application/json or text/plain")
    batch = _validated_submissions(raw)
    return [s.to_raw_article(source="http", ingested_at=now) for s in batch]


def create_app(
    publisher: ArticlePublisher, metrics: StageMetrics, registry: CollectorRegistry
) -> FastAPI:
    app = FastAPI(title="newsflow ingest", version="1")

    @app.post("/articles", status_code=202, response_model=Accepted)
    async def submit_articles(request: Request) -> Accepted:
        articles = await _articles_from(request, datetime.now(UTC))
        try:
            for article in articles:
                await publisher.publish(article)
        except KafkaError as error:
            raise HTTPException(
                503, detail=f"cannot publish: {error}", headers={"Retry-After": RETRY_AFTER_SECONDS}
            ) from error
        metrics.count("published", len(articles))
        return Accepted(article_ids=[a.article_id for a in articles])

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/metrics")
    async def prometheus_metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return app
