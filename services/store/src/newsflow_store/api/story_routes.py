"""Routes over stories and entity co-occurrence: /stories, /stories/{id},
/entities/{id}/related and /entities/trending. Registered before /entities/{id}, whose
integer path would otherwise swallow "trending"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Path, Query

from newsflow_store.api import story_queries as sql
from newsflow_store.api.models import ArticleSummary
from newsflow_store.api.pagination import encode_cursor, offset_position
from newsflow_store.api.queries import ReadQueries
from newsflow_store.api.story_models import (
    HourlySentiment,
    RelatedEntity,
    RelatedPage,
    StoryDetail,
    StoryEntity,
    StoryPage,
    StorySummary,
    TrendingEntity,
    TrendingPage,
)
from newsflow_store.domain.cooccurrence import log_likelihood_ratio

TOP_ENTITIES = 5
NO_NUL = r"^[^\x00]*$"
Limit = Annotated[int, Query(ge=1, le=100)]
Cursor = Annotated[str | None, Query(max_length=500, description="next_cursor of a page.")]
Moment = Annotated[datetime | None, Query(description="Ingested at or after (inclusive).")]
Before = Annotated[datetime | None, Query(description="Ingested before (exclusive).")]
StoryId = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]
EntityId = Annotated[int, Path(ge=1, le=2**63 - 1)]
Window = Annotated[
    str,
    Query(pattern=r"^[1-9][0-9]{0,2}[mhd]$", description="1m to 999d, e.g. 15m, 1h, 7d."),
]
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}


def window_length(window: str) -> timedelta:
    return int(window[:-1]) * _UNITS[window[-1]]


def story_routes(app: FastAPI, queries: ReadQueries) -> None:
    _stories(app, queries)
    _related(app, queries)
    _trending(app, queries)


def _stories(app: FastAPI, queries: ReadQueries) -> None:
    @app.get("/stories", response_model=StoryPage, summary="Stories, latest first")
    async def list_stories(
        since: Moment = None,
        entity: Annotated[
            str | None,
            Query(max_length=200, pattern=NO_NUL, description="An entity name or alias."),
        ] = None,
        q: Annotated[
            str | None, Query(max_length=200, pattern=NO_NUL, description="Full-text search.")
        ] = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> StoryPage:
        offset = offset_position(cursor)
        params = {"since": since, "entity": entity, "type": None, "q": q}
        rows = await queries.all(sql.STORIES, {**params, "limit": limit + 1, "offset": offset})
        items = await _summaries(queries, rows[:limit])
        more = len(rows) > limit
        return StoryPage(items=items, next_cursor=encode_cursor(offset + limit) if more else None)

    @app.get(
        "/stories/{story_id}",
        response_model=StoryDetail,
        responses={404: {"description": "No such story"}},
    )
    async def get_story(story_id: StoryId) -> StoryDetail:
        row = await queries.one(sql.STORY, (story_id,))
        if row is None:
            raise HTTPException(404, detail=f"story {story_id} not found")
        [summary] = await _summaries(queries, [row])
        articles = await queries.all(sql.STORY_ARTICLES, (story_id,))
        hours = await queries.all(sql.STORY_HOURS, (story_id,))
        return StoryDetail(
            **summary.model_dump(),
            articles=[ArticleSummary.model_validate(a) for a in articles],
            sentiment_by_hour=[HourlySentiment.model_validate(h) for h in hours],
        )


async def _summaries(queries: ReadQueries, rows: list[dict[str, Any]]) -> list[StorySummary]:
    ids = [row["story_id"] for row in rows]
    entities: dict[str, list[StoryEntity]] = {story_id: [] for story_id in ids}
    for entity in await queries.all(sql.STORY_ENTITIES, (ids,)) if ids else []:
        top = entities[entity["story_id"]]
        if len(top) < TOP_ENTITIES:
            top.append(StoryEntity.model_validate(entity))
    return [StorySummary(**row, top_entities=entities[row["story_id"]]) for row in rows]


def _related(app: FastAPI, queries: ReadQueries) -> None:
    @app.get(
        "/entities/{entity_id}/related",
        response_model=RelatedPage,
        summary="Entities mentioned with this one, by log-likelihood ratio",
        responses={404: {"description": "No such entity"}},
    )
    async def related_entities(
        entity_id: EntityId,
        since: Moment = None,
        until: Before = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> RelatedPage:
        offset = offset_position(cursor)
        if await queries.one(sql.ENTITY_EXISTS, (entity_id,)) is None:
            raise HTTPException(404, detail=f"entity {entity_id} not found")
        params = {"entity_id": entity_id, "since": since, "until": until}
        totals = await queries.one(sql.RELATED_TOTALS, params) or {"with_x": 0, "total": 0}
        ranked = sorted(
            (_scored(row) for row in await queries.all(sql.RELATED, params)),
            key=lambda r: (-r.score, r.entity_id),
        )
        page = ranked[offset : offset + limit]
        more = len(ranked) > offset + limit
        return RelatedPage(
            entity_id=entity_id,
            articles=totals["with_x"],
            total_articles=totals["total"],
            items=page,
            next_cursor=encode_cursor(offset + limit) if more else None,
        )


def _scored(row: dict[str, Any]) -> RelatedEntity:
    score = log_likelihood_ratio(row["together"], row["with_x"], row["articles"], row["total"])
    return RelatedEntity(**row, score=round(score, 4))


def _trending(app: FastAPI, queries: ReadQueries) -> None:
    @app.get(
        "/entities/trending",
        response_model=TrendingPage,
        summary="Entities mentioned unusually often in the window, against their own baseline",
    )
    async def trending_entities(
        window: Window = "1h", limit: Limit = 20, cursor: Cursor = None
    ) -> TrendingPage:
        offset = offset_position(cursor)
        end = datetime.now(UTC)
        length = window_length(window)
        params = {
            "start": end - length,
            "end": end,
            "baseline_start": end - length * (sql.BASELINE_WINDOWS + 1),
            "limit": limit + 1,
            "offset": offset,
        }
        rows = await queries.all(sql.TRENDING, params)
        more = len(rows) > limit
        return TrendingPage(
            window_start=params["start"],
            window_end=end,
            items=[TrendingEntity.model_validate(row) for row in rows[:limit]],
            next_cursor=encode_cursor(offset + limit) if more else None,
        )
