"""The live feed's hub: one poller reads newly stored articles from PostgreSQL in position
order and offers each to every subscriber whose filter it matches. A subscriber's buffer
is bounded; one that fills up is dropped, told so, and resumes from the database with its
Last-Event-ID (docs/stories.md)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Protocol

from newsflow_store.api import stream_queries as sql

log = logging.getLogger(__name__)

PAGE = 500
EVENT_ID = re.compile(r"^([0-9]{1,19})-([0-9a-f]{32})$")
Row = dict[str, Any]


class Queries(Protocol):
    async def all(self, sql: str, params: Any) -> list[Row]: ...


@dataclass(frozen=True, order=True)
class Position:
    """Where an article sits in the feed: (storing transaction's id, article_id)."""

    xid: int
    article_id: str

    @property
    def event_id(self) -> str:
        return f"{self.xid}-{self.article_id}"

    @classmethod
    def parse(cls, event_id: str) -> Position:
        match = EVENT_ID.fullmatch(event_id)
        if match is None:
            raise ValueError(f"not an event id this feed issued: {event_id!r}")
        return cls(int(match[1]), match[2])

    @classmethod
    def of(cls, row: Row) -> Position:
        return cls(int(row["xid"]), row["article_id"])


START = Position(0, "")


@dataclass(frozen=True)
class StreamFilter:
    entity: str | None = None  # a name or alias, any case
    type: str | None = None
    language: str | None = None
    story: str | None = None

    def matches(self, row: Row) -> bool:
        return (
            (self.entity is None or self.entity.lower() in row["entity_names"])
            and (self.type is None or self.type in row["entity_types"])
            and (self.language is None or row["language"] == self.language)
            and (self.story is None or row["story_id"] == self.story)
        )


class Subscription:
    def __init__(self, wanted: StreamFilter, buffer: int, start: Position) -> None:
        self.wanted, self.start = wanted, start
        self.queue: asyncio.Queue[tuple[Position, Row]] = asyncio.Queue(maxsize=buffer)
        self.overflowed = False

    def offer(self, position: Position, row: Row) -> bool:
        """False once the buffer is full: the subscriber fell too far behind."""
        if not self.wanted.matches(row):
            return True
        try:
            self.queue.put_nowait((position, row))
        except asyncio.QueueFull:
            self.overflowed = True
            return False
        return True


class StreamHub:
    def __init__(self, queries: Queries, poll_seconds: float = 0.5) -> None:
        self._queries, self._poll_seconds = queries, poll_seconds
        self._subscribers: set[Subscription] = set()
        self._head: Position | None = None
        self._poller: asyncio.Task[None] | None = None

    async def subscribe(self, wanted: StreamFilter, buffer: int) -> Subscription:
        """Everything after the current head goes to the subscription's buffer."""
        if self._head is None:
            rows = await self._queries.all(sql.FEED_HEAD, None)
            self._head = Position.of(rows[0]) if rows else START
        if self._poller is None or self._poller.done():
            self._poller = asyncio.create_task(self._poll_forever(), name="stream-poller")
        subscription = Subscription(wanted, buffer, self._head)
        self._subscribers.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        self._subscribers.discard(subscription)

    async def catch_up(
        self, subscription: Subscription, after: Position
    ) -> AsyncIterator[tuple[Position, Row]]:
        """From the database: what matches after `after`, up to where the buffer starts."""
        until = subscription.start
        while after < until:
            rows = await self._queries.all(sql.FEED_AFTER, _after(after, until))
            for row in rows:
                after = Position.of(row)
                if subscription.wanted.matches(row):
                    yield after, row
            if len(rows) < PAGE:
                return

    async def close(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller

    async def _poll_forever(self) -> None:
        while True:
            try:
                await self._poll_once()
            except Exception:  # the database away for a moment: try again next tick
                log.warning("stream poll failed; retrying", exc_info=True)
            await asyncio.sleep(self._poll_seconds)

    async def _poll_once(self) -> None:
        assert self._head is not None
        while True:
            rows = await self._queries.all(sql.FEED_AFTER, _after(self._head, None))
            for row in rows:
                position = Position.of(row)
                for subscription in list(self._subscribers):
                    if not subscription.offer(position, row):
                        self.unsubscribe(subscription)
                self._head = position
            if len(rows) < PAGE:
                return


def _after(position: Position, until: Position | None) -> dict[str, Any]:
    return {
        "xid": str(position.xid),
        "article_id": position.article_id,
        "until_xid": str(until.xid) if until else None,
        "until_id": until.article_id if until else None,
        "limit": PAGE,
    }
