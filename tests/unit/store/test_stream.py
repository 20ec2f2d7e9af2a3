"""The live feed's hub over a fake feed table: fan-out by filter, the bounded buffer and
its overflow, and the hand-over from the database catch-up to the live buffer."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from newsflow_store.api import stream_queries as sql
from newsflow_store.api.models import ArticleSummary, Sentiment
from newsflow_store.api.stream import PAGE, Position, StreamFilter, StreamHub
from newsflow_store.api.stream_route import _live
from tests.factories import T0


class FakeFeed:
    """The articles table as the feed sees it: rows in (xid, article_id) order."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def store(self, n: int, **fields: Any) -> None:
        xid = len(self.rows) + 100
        language = fields.get("language", "en")
        summary = ArticleSummary(
            article_id=f"{n:032x}",
            title=f"Article {n}",
            url=None,
            source="test",
            published_at=None,
            ingested_at=T0,
            sentiment_label=Sentiment.neutral,
            sentiment_compound=0.0,
            duplicate_of=None,
            language=language,
        )
        self.rows.append(
            {
                **summary.model_dump(),
                "xid": str(xid),
                "article_id": f"{n:032x}",
                "story_id": fields.get("story"),
                "entity_names": fields.get("names", []),
                "entity_types": fields.get("types", []),
            }
        )

    async def all(self, query: str, params: Any) -> list[dict[str, Any]]:
        if query == sql.FEED_HEAD:
            return self.rows[-1:]
        after = Position(int(params["xid"]), params["article_id"])
        until = None
        if params["until_xid"] is not None:
            until = Position(int(params["until_xid"]), params["until_id"])
        found = [
            r
            for r in self.rows
            if Position.of(r) > after and (until is None or Position.of(r) <= until)
        ]
        return found[: params["limit"]]


async def drain(hub: StreamHub) -> None:
    await hub._poll_once()


def ids(items: list[tuple[Position, dict[str, Any]]]) -> list[str]:
    return [row["article_id"][-2:] for _, row in items]


def queued(subscription: Any) -> list[tuple[Position, dict[str, Any]]]:
    items = []
    while not subscription.queue.empty():
        items.append(subscription.queue.get_nowait())
    return items


async def test_each_subscriber_gets_what_it_asked_for_after_it_subscribed() -> None:
    feed = FakeFeed()
    feed.store(1, names=["peru"])
    hub = StreamHub(feed)
    everything = await hub.subscribe(StreamFilter(), buffer=10)
    peru = await hub.subscribe(StreamFilter(entity="PERU"), buffer=10)
    german = await hub.subscribe(StreamFilter(language="de"), buffer=10)
    story = await hub.subscribe(StreamFilter(story="s" * 32, type="PLACE"), buffer=10)
    feed.store(2, names=["peru", "arequipa"], types=["PLACE"], story="s" * 32)
    feed.store(3, names=["ghana"], language="de")
    await drain(hub)
    assert ids(queued(everything)) == ["02", "03"]  # not 01: stored before it subscribed
    assert ids(queued(peru)) == ["02"]
    assert ids(queued(german)) == ["03"]
    assert ids(queued(story)) == ["02"]
    await hub.close()


async def test_a_subscriber_whose_buffer_fills_is_dropped_and_told_to_resume() -> None:
    feed, hub = FakeFeed(), None
    hub = StreamHub(feed)
    slow = await hub.subscribe(StreamFilter(), buffer=2)
    fast = await hub.subscribe(StreamFilter(), buffer=10)
    for n in range(1, 5):
        feed.store(n)
    await drain(hub)
    assert slow.overflowed and not fast.overflowed
    sent = [event async for event in _live(slow, Position(0, ""), keepalive=5)]
    assert [e.event for e in sent] == ["article", "article", "overflow"]
    assert [e.id for e in sent[:2]] == [Position.of(feed.rows[i]).event_id for i in (0, 1)]
    feed.store(5)
    await drain(hub)
    assert slow.queue.empty()  # dropped: the hub holds nothing more for it
    assert ids(queued(fast)) == ["01", "02", "03", "04", "05"]
    await hub.close()


async def test_catch_up_then_live_covers_every_position_once() -> None:
    feed = FakeFeed()
    for n in range(1, 4):
        feed.store(n)
    last_seen = Position.of(feed.rows[0])  # the client had 01, then lost its connection
    feed.store(4)  # stored while it was away
    hub = StreamHub(feed)
    subscription = await hub.subscribe(StreamFilter(), buffer=10)
    feed.store(5)  # stored after it came back
    caught_up = [item async for item in hub.catch_up(subscription, last_seen)]
    await drain(hub)
    assert ids(caught_up) + ids(queued(subscription)) == ["02", "03", "04", "05"]
    await hub.close()


async def test_catch_up_reads_the_database_page_by_page() -> None:
    feed = FakeFeed()
    for n in range(1, PAGE + 3):
        feed.store(n)
    hub = StreamHub(feed)
    subscription = await hub.subscribe(StreamFilter(), buffer=10)
    caught_up = [item async for item in hub.catch_up(subscription, Position(0, ""))]
    assert len(caught_up) == PAGE + 2
    await hub.close()


async def test_an_idle_stream_sends_keep_alives() -> None:
    hub = StreamHub(FakeFeed())
    subscription = await hub.subscribe(StreamFilter(), buffer=10)
    events = _live(subscription, Position(0, ""), keepalive=0.05)
    first = await asyncio.wait_for(anext(events), timeout=5)
    assert first.comment == "keep-alive"
    await events.aclose()
    await hub.close()


def test_event_ids_round_trip_and_anything_else_is_refused() -> None:
    position = Position(123456789, "ab" * 16)
    assert Position.parse(position.event_id) == position
    for bad in ("", "12", "12-xyz", "-" + "a" * 32, "1" * 20 + "-" + "a" * 32):
        with pytest.raises(ValueError):
            Position.parse(bad)
