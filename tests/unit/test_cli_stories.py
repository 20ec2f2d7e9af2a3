"""`newsflow stories`: every page of the read API's stories, the biggest first."""

from __future__ import annotations

import httpx
from rich.console import Console

from newsflow import stories_view


def story(n: int, count: int) -> dict[str, object]:
    return {
        "story_id": f"{n:032x}",
        "title": f"Story {n}",
        "article_count": count,
        "sources": ["a", "b"],
        "first_seen": "2026-12-01T08:00:00Z",
        "last_seen": f"2026-12-01T1{n}:00:00Z",
        "mean_sentiment": -0.3,
        "top_entities": [{"entity_id": 1, "name": "Peru", "type": "PLACE", "article_count": 2}],
    }


def test_top_stories_reads_every_page_and_puts_the_biggest_first() -> None:
    pages = {
        None: {"items": [story(1, 2), story(2, 5)], "next_cursor": "next"},
        "next": {"items": [story(3, 3)], "next_cursor": None},
    }
    asked: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(request.url)
        return httpx.Response(200, json=pages[request.url.params.get("cursor")])

    found = stories_view.top_stories(
        "http://api", hours=6, limit=2, transport=httpx.MockTransport(answer)
    )
    assert [s["title"] for s in found] == ["Story 2", "Story 3"]
    assert len(asked) == 2 and all(url.params["since"] for url in asked)
    console = Console(record=True, width=120)
    console.print(stories_view.table(found))
    text = console.export_text()
    assert "Story 2" in text and "Peru" in text and "-0.30" in text
