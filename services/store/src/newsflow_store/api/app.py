"""The read API's routes. Filters are optional; lists page with opaque cursors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Annotated, Any

import psycopg
from fastapi import FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, generate_latest
from psycopg_pool import PoolTimeout

from newsflow_runtime.metrics import package_version, register_build_info
from newsflow_schemas.raw_article import MAX_SOURCE_CHARS
from newsflow_store.api import queries as sql
from newsflow_store.api.models import (
    ArticleDetail,
    ArticlePage,
    ArticleSummary,
    DailyMentions,
    EntityCount,
    EntityDetail,
    EntityPage,
    EntityType,
    LinkedEntity,
    MentionOut,
    Place,
    QuoteOut,
    Sentiment,
)
from newsflow_store.api.pagination import (
    InvalidCursor,
    article_position,
    encode_cursor,
    offset_position,
)
from newsflow_store.api.queries import ReadQueries

NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL; refuse it as bad input, not a 500.
Since = Annotated[datetime | None, Query(description="Ingested at or after (inclusive).")]
Until = Annotated[datetime | None, Query(description="Ingested before (exclusive).")]
Limit = Annotated[int, Query(ge=1, le=100)]
Cursor = Annotated[str | None, Query(max_length=500, description="next_cursor of a page.")]
ArticleId = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]
EntityId = Annotated[int, Path(ge=1, le=2**63 - 1)]
TypeFilter = Annotated[EntityType | None, Query(description="The entity's type.")]
SourceFilter = Annotated[
    str | None,
    Query(
        max_length=MAX_SOURCE_CHARS,
        pattern=NO_NUL,
        description="Where newsflow got the article, exactly: http:my-scraper, "
        "file:a.txt, http (an HTTP client that named no source).",
    ),
]
SourcePrefix = Annotated[
    str | None,
    Query(
        max_length=MAX_SOURCE_CHARS,
        pattern=NO_NUL,
        description="The source starts with this, as is (no wildcards): http: for every "
        "named HTTP client, feed:https://example.org/ for one site's feeds.",
    ),
]

LanguageFilter = Annotated[
    str | None,
    Query(
        pattern=r"^[a-z]{2,3}$",
        description="The language detected in the article: ru, de, ar, en, ... "
        "(ISO 639-1; und: could not be told).",
    ),
]


def create_app(queries: ReadQueries, registry: CollectorRegistry) -> FastAPI:
    register_build_info(registry, "api", package_version("newsflow-store"))
    requests = Counter(
        "newsflow_api_requests_total", "Read API requests.", ["route", "status"], registry=registry
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await queries.pool.open()
        yield
        await queries.pool.close()

    app = FastAPI(title="newsflow read API", version="1", lifespan=lifespan)

    @app.middleware("http")
    async def count_requests(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        route = request.scope.get("route")
        requests.labels(getattr(route, "path", "unmatched"), str(response.status_code)).inc()
        return response

    @app.exception_handler(InvalidCursor)
    async def invalid_cursor(_: Request, error: InvalidCursor) -> JSONResponse:
        detail = [{"loc": ["query", "cursor"], "msg": str(error), "type": "value_error"}]
        return JSONResponse({"detail": detail}, status_code=422)

    @app.exception_handler(psycopg.OperationalError)
    @app.exception_handler(PoolTimeout)
    async def database_unavailable(_: Request, error: Exception) -> JSONResponse:
        return JSONResponse(
            {"detail": "the database is unavailable; try again"},
            status_code=503,
            headers={"Retry-After": "5"},
        )

    _article_routes(app, queries)
    _entity_routes(app, queries)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> JSONResponse:
        """The shape every stage's /readyz answers with (newsflow_runtime.health)."""
        checks = {"database": await _passes(queries.reachable)}
        ready = all(checks.values())
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return app


def _article_routes(app: FastAPI, queries: ReadQueries) -> None:
    @app.get("/articles", response_model=ArticlePage, summary="Search stored articles")
    async def list_articles(
        entity: Annotated[
            str | None,
            Query(max_length=200, pattern=NO_NUL, description="Entity name or any alias."),
        ] = None,
        type: TypeFilter = None,
        since: Since = None,
        until: Until = None,
        sentiment: Sentiment | None = None,
        source: SourceFilter = None,
        source_prefix: SourcePrefix = None,
        language: LanguageFilter = None,
        q: Annotated[
            str | None,
            Query(
                max_length=200, pattern=NO_NUL, description="Full-text search over title and body."
            ),
        ] = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> ArticlePage:
        filters = {
            "entity": entity,
            "type": type.value if type else None,
            "since": since,
            "until": until,
            "q": q,
            "sentiment": sentiment.value if sentiment else None,
            "source": source,
            "source_prefix": source_prefix,
            "language": language,
        }
        rows = await queries.articles(filters, article_position(cursor), limit + 1)
        items = [ArticleSummary.model_validate(row) for row in rows[:limit]]
        last = items[-1] if len(rows) > limit else None
        next_cursor = encode_cursor(last.ingested_at, last.article_id) if last else None
        return ArticlePage(items=items, next_cursor=next_cursor)

    @app.get(
        "/articles/{article_id}",
        response_model=ArticleDetail,
        responses={404: {"description": "No such article"}},
    )
    async def get_article(article_id: ArticleId) -> ArticleDetail:
        row = await queries.one(sql.ARTICLE, (article_id,))
        if row is None:
            raise HTTPException(404, detail=f"article {article_id} not found")
        entities = await queries.all(sql.ARTICLE_ENTITIES, (article_id,))
        event = await queries.one(sql.ARTICLE_MENTIONS, (article_id,))
        quotes = await queries.all(sql.ARTICLE_QUOTES, (article_id,))
        return ArticleDetail(
            **row,
            entities=linked_entities(entities, (event or {}).get("canonical_entities")),
            quotes=[QuoteOut.model_validate(q) for q in quotes],
        )


def _entity_routes(app: FastAPI, queries: ReadQueries) -> None:
    @app.get("/entities", response_model=EntityPage, summary="Top entities by mentions")
    async def top_entities(
        type: TypeFilter = None,
        since: Since = None,
        until: Until = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> EntityPage:
        offset = offset_position(cursor)
        params = {
            "type": type.value if type else None,
            "since": since,
            "until": until,
            "limit": limit + 1,
            "offset": offset,
        }
        rows = await queries.all(sql.TOP_ENTITIES, params)
        more = len(rows) > limit
        return EntityPage(
            items=[EntityCount.model_validate(row) for row in rows[:limit]],
            next_cursor=encode_cursor(offset + limit) if more else None,
        )

    @app.get(
        "/entities/{entity_id}",
        response_model=EntityDetail,
        responses={404: {"description": "No such entity"}},
    )
    async def get_entity(entity_id: EntityId) -> EntityDetail:
        row = await queries.one(sql.ENTITY, (entity_id,))
        if row is None:
            raise HTTPException(404, detail=f"entity {entity_id} not found")
        days = await queries.all(sql.ENTITY_DAYS, (entity_id,))
        place = None
        if row["geonames_id"] is not None:
            place = Place.model_validate(row)
        return EntityDetail(
            **{k: row[k] for k in ("entity_id", "name", "type", "kind", "aliases")},
            place=place,
            article_count=row["article_count"],
            average_sentiment=row["average_sentiment"],
            mentions_per_day=[DailyMentions.model_validate(day) for day in days],
        )


async def _passes(check: Any) -> bool:
    try:
        return bool(await check())
    except Exception:
        return False


def linked_entities(rows: list[dict[str, Any]], canonical: Any) -> list[LinkedEntity]:
    """Each stored entity with the mentions its event carried. An entity's row keeps the
    smallest start of its mentions (first_start), which is what ties the two together."""
    by_start: dict[int, list[MentionOut]] = {}
    for entity in canonical or []:
        mentions = [MentionOut.model_validate(m) for m in entity.get("mentions", [])]
        if mentions:
            by_start[min(m.start for m in mentions)] = mentions
    return [
        LinkedEntity.model_validate({**row, "mentions": by_start.get(row["first_start"], [])})
        for row in rows
    ]
