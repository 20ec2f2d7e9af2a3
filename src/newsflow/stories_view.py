"""`newsflow stories`: the top stories of a recent period, from the read API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from rich.table import Table

PAGE = 100


def top_stories(
    api_url: str, hours: float, limit: int, transport: httpx.BaseTransport | None = None
) -> list[dict[str, Any]]:
    """The stories with articles in the last `hours`, most articles first."""
    since = (datetime.now(UTC) - timedelta(hours=hours)).isoformat()
    stories: list[dict[str, Any]] = []
    cursor = None
    with httpx.Client(base_url=api_url, timeout=10, transport=transport) as client:
        while len(stories) < 10 * PAGE:
            params: dict[str, str | int] = {"since": since, "limit": PAGE}
            if cursor:
                params["cursor"] = cursor
            page = client.get("/stories", params=params).raise_for_status().json()
            stories.extend(page["items"])
            cursor = page["next_cursor"]
            if cursor is None:
                break
    stories.sort(key=lambda s: (s["article_count"], s["last_seen"]), reverse=True)
    return stories[:limit]


def table(stories: list[dict[str, Any]]) -> Table:
    shown = Table(title="Top stories")
    for column in ("articles", "sources", "title", "entities", "last seen", "sentiment"):
        shown.add_column(column, overflow="fold")
    for story in stories:
        shown.add_row(
            str(story["article_count"]),
            str(len(story["sources"])),
            story["title"],
            ", ".join(e["name"] for e in story["top_entities"][:3]),
            story["last_seen"][:16].replace("T", " "),
            f"{story['mean_sentiment']:+.2f}",
        )
    return shown
