"""The ingest HTTP API: POST /articles, and nothing else. /metrics, /healthz and /readyz
are served on a port of their own (bootstrap.py), so a deployment can expose this one to
clients without them, and they need no token.

202 means every article in the request is on the raw topic (acked by all in-sync replicas)
or was already published before. 503 with Retry-After means Kafka is in transient trouble:
part of a batch may have been published, and retrying the same request is safe, since
those ids come back as duplicates. A request that can never succeed never gets a 503:
it gets a 413 or 422 saying what to change (http_articles.py), or a 500 with the reason.
403 with the reason: the request names a source its token may not post as."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated

from aiokafka.errors import KafkaError
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.params import Depends
from pydantic import BaseModel, Field

from newsflow_ingest.adapters.http_articles import RequestLimits, articles_from
from newsflow_ingest.adapters.kafka_errors import PublishFailure, classify
from newsflow_ingest.domain import SOURCE_NAME, SOURCE_NAME_RULE
from newsflow_ingest.metrics import (
    REQUEST_TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    IngestMetrics,
)
from newsflow_ingest.service.ingestor import Ingestor, IngestReport
from newsflow_runtime.logging import article_fields, log_context, trace_id_from_headers
from newsflow_schemas import RawArticle
from newsflow_schemas.validation import most_specific_reason

RETRY_AFTER_SECONDS = "5"
# What a publisher raises when Kafka, not our code, failed: answered with a reason.
PUBLISH_ERRORS = (KafkaError, ConnectionError, TimeoutError)
log = logging.getLogger(__name__)
# Documents the parameter; http_articles.py checks it, so its 422 carries a reason code.
SourceParam = Annotated[
    str | None,
    Query(
        json_schema_extra={"pattern": SOURCE_NAME},
        description="The source the request's articles are posted as, http:<source>, unless "
        f"a JSON article names its own in its `source` field; {SOURCE_NAME_RULE}. "
        "A named token posts as its name only.",
    ),
]


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


def refusal_reason(refused: HTTPException) -> str:
    """One stable reason code for a 413, 415 or 422, for the metrics."""
    if refused.status_code == 413:
        return REQUEST_TOO_LARGE
    if refused.status_code == 415:
        return UNSUPPORTED_MEDIA_TYPE
    errors: list[object] = refused.detail if isinstance(refused.detail, list) else []
    return most_specific_reason(str(e.get("reason", "")) for e in errors if isinstance(e, dict))


def _count_refused(ingestor: Ingestor, refused: HTTPException) -> None:
    metrics = ingestor.metrics
    if refused.status_code in (413, 415, 422) and isinstance(metrics, IngestMetrics):
        metrics.refused_request(refusal_reason(refused))


def create_app(
    ingestor: Ingestor, *, guards: Sequence[Depends] = (), limits: RequestLimits | None = None
) -> FastAPI:
    """`guards` run before POST /articles reads its body, such as authentication.
    `limits`: the largest body and batch a request may carry."""
    app = FastAPI(title="newsflow ingest", version="1")
    request_limits = limits or RequestLimits()

    @app.post("/articles", status_code=202, response_model=Accepted, dependencies=list(guards))
    async def submit_articles(request: Request, source: SourceParam = None) -> Accepted:
        try:
            articles = await articles_from(request, request_limits, datetime.now(UTC))
        except HTTPException as refused:
            _count_refused(ingestor, refused)
            raise
        report = await _submit_all(ingestor, articles)
        with log_context(trace_id=trace_id_from_headers(request.headers)):
            for article_id in report.published:
                log.debug("article published", extra=article_fields(article_id))
        return Accepted(article_ids=[a.article_id for a in articles], duplicates=report.duplicates)

    return app
