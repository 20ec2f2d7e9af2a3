"""GET /stream: newly stored articles that match, as Server-Sent Events (FastAPI's own
EventSourceResponse). Each event's id is the article's feed position; a client that
reconnects with Last-Event-ID gets what it missed from the database, then the live feed,
with nothing twice."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.sse import EventSourceResponse, ServerSentEvent

from newsflow_store.api.models import ArticleSummary, EntityType
from newsflow_store.api.stream import (
    EVENT_ID,
    START,
    Position,
    StreamFilter,
    StreamHub,
    Subscription,
)

NO_NUL = r"^[^\x00]*$"


@dataclass(frozen=True)
class StreamOptions:
    buffer: int = 1000  # articles held for one client before it is dropped as too slow
    keepalive_seconds: float = 15.0
    poll_seconds: float = 0.5


async def subscription(
    request: Request,
    entity: Annotated[
        str | None,
        Query(max_length=200, pattern=NO_NUL, description="An entity name or alias."),
    ] = None,
    type: Annotated[EntityType | None, Query(description="An entity type.")] = None,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2}$")] = None,
    story: Annotated[str | None, Query(pattern=r"^[0-9a-f]{32}$")] = None,
) -> Subscription:
    """Subscribed before the response starts: a database that is down is a 503, not a
    stream that breaks after its first byte."""
    hub: StreamHub = request.app.state.stream_hub
    options: StreamOptions = request.app.state.stream_options
    wanted = StreamFilter(entity, type.value if type else None, language, story)
    return await hub.subscribe(wanted, options.buffer)


def stream_route(app: FastAPI, hub: StreamHub, options: StreamOptions) -> None:
    app.state.stream_hub, app.state.stream_options = hub, options

    @app.get(
        "/stream",
        response_class=EventSourceResponse,
        summary="Newly stored articles as Server-Sent Events; resume with Last-Event-ID",
    )
    async def stream(
        subscribed: Annotated[Subscription, Depends(subscription)],
        last_event_id: Annotated[
            str | None,
            Header(pattern=EVENT_ID.pattern, description="The id of the last event received."),
        ] = None,
    ) -> AsyncIterator[ServerSentEvent]:
        after = Position.parse(last_event_id) if last_event_id else None
        try:
            if after is not None:
                async for position, row in hub.catch_up(subscribed, after):
                    yield _event(position, row)
            async for item in _live(subscribed, after or START, options.keepalive_seconds):
                yield item
        finally:
            hub.unsubscribe(subscribed)


async def _live(
    subscribed: Subscription, after: Position, keepalive: float
) -> AsyncIterator[ServerSentEvent]:
    while True:
        if subscribed.overflowed and subscribed.queue.empty():
            yield ServerSentEvent(
                event="overflow",
                data={"detail": "fell too far behind; reconnect with Last-Event-ID"},
                retry=1000,
            )
            return
        try:
            async with asyncio.timeout(keepalive):
                position, row = await subscribed.queue.get()
        except TimeoutError:
            yield ServerSentEvent(comment="keep-alive")
            continue
        if position > after:  # a client's id from beyond the head: never send twice
            yield _event(position, row)


def _event(position: Position, row: dict[str, Any]) -> ServerSentEvent:
    article = ArticleSummary.model_validate(row)
    return ServerSentEvent(event="article", id=position.event_id, data=article)
