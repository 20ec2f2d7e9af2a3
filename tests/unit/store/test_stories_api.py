"""The story and co-occurrence endpoints over fake queries, and the arithmetic they rank by."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_store.api import story_queries
from newsflow_store.api.app import create_app
from newsflow_store.api.story_routes import window_length
from newsflow_store.domain import to_rows
from newsflow_store.domain.cooccurrence import log_likelihood_ratio
from tests import factories

T0 = factories.T0


class RecordingQueries:
    """Answers the story SQL with canned rows, and keeps the parameters it was asked with."""

    pool = None

    def __init__(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        self._rows = rows
        self.asked: list[tuple[str, Any]] = []

    async def all(self, sql: str, params: Any) -> list[dict[str, Any]]:
        self.asked.append((sql, params))
        return self._rows.get(sql, [])

    async def one(self, sql: str, params: Any) -> dict[str, Any] | None:
        rows = await self.all(sql, params)
        return rows[0] if rows else None


def client(queries: RecordingQueries) -> TestClient:
    return TestClient(create_app(queries, CollectorRegistry()))  # type: ignore[arg-type]


def story_row(story_id: str) -> dict[str, Any]:
    return {
        "story_id": story_id,
        "article_count": 2,
        "sources": ["a", "b"],
        "first_seen": T0,
        "last_seen": T0 + timedelta(hours=3),
        "mean_sentiment": -0.25,
        "title": "Latest headline",
    }


def test_g2_rewards_pairs_seen_together_more_than_chance_and_signs_the_rest() -> None:
    strong = log_likelihood_ratio(together=20, with_x=20, with_y=25, total=1000)
    everywhere = log_likelihood_ratio(together=20, with_x=20, with_y=800, total=1000)
    assert strong > everywhere > 0
    assert log_likelihood_ratio(together=0, with_x=50, with_y=500, total=1000) < 0
    assert log_likelihood_ratio(together=5, with_x=10, with_y=500, total=1000) == pytest.approx(0)
    with pytest.raises(ValueError):
        log_likelihood_ratio(together=5, with_x=3, with_y=10, total=100)


def test_g2_matches_the_textbook_formula() -> None:
    k = [[10, 5], [20, 965]]
    total = 1000
    rows, cols = [15, 985], [30, 970]
    g2 = 2 * sum(
        k[i][j] * math.log(k[i][j] * total / (rows[i] * cols[j])) for i in (0, 1) for j in (0, 1)
    )
    assert log_likelihood_ratio(10, 15, 30, total) == pytest.approx(g2)


def test_stories_list_with_their_top_entities_and_a_cursor() -> None:
    rows = [story_row("a" * 32), story_row("b" * 32)]
    entities = [
        {"story_id": "a" * 32, "entity_id": i, "name": f"E{i}", "type": "ORG", "article_count": 2}
        for i in range(1, 8)
    ]
    queries = RecordingQueries(
        {story_queries.STORIES: rows, story_queries.STORY_ENTITIES: entities}
    )
    page = client(queries).get("/stories", params={"limit": 1, "entity": "Peru"}).json()
    [story] = page["items"]
    assert story["story_id"] == "a" * 32 and story["sources"] == ["a", "b"]
    assert [e["entity_id"] for e in story["top_entities"]] == [1, 2, 3, 4, 5]
    assert page["next_cursor"]
    _, params = queries.asked[0]
    assert params["entity"] == "Peru" and params["limit"] == 2
    second = client(queries).get("/stories", params={"limit": 1, "cursor": page["next_cursor"]})
    assert queries.asked[-2][1]["offset"] == 1 and second.status_code == 200


def test_a_story_has_its_articles_and_hourly_sentiment_or_is_a_404() -> None:
    article = {
        "article_id": "c" * 32,
        "title": "t",
        "url": None,
        "source": "a",
        "published_at": T0,
        "ingested_at": T0,
        "sentiment_label": "negative",
        "sentiment_compound": -0.5,
        "duplicate_of": None,
        "language": "en",
        "story_id": "a" * 32,
    }
    hour = {"hour": T0, "article_count": 1, "mean_sentiment": -0.5}
    queries = RecordingQueries(
        {
            story_queries.STORY: [story_row("a" * 32)],
            story_queries.STORY_ARTICLES: [article],
            story_queries.STORY_HOURS: [hour],
        }
    )
    story = client(queries).get(f"/stories/{'a' * 32}").json()
    assert [a["article_id"] for a in story["articles"]] == ["c" * 32]
    assert story["sentiment_by_hour"][0]["article_count"] == 1
    assert client(RecordingQueries({})).get(f"/stories/{'a' * 32}").status_code == 404
    assert client(queries).get("/stories/not-an-id").status_code == 422


def test_related_entities_are_ranked_by_g2_not_by_raw_count() -> None:
    common = {"entity_id": 2, "name": "US", "type": "PLACE", "together": 8, "articles": 900}
    rare = {"entity_id": 3, "name": "Caylloma", "type": "PLACE", "together": 6, "articles": 6}
    totals = {"with_x": 10, "total": 1000}
    rows = [{**r, **totals} for r in (common, rare)]
    queries = RecordingQueries(
        {
            story_queries.RELATED: rows,
            story_queries.RELATED_TOTALS: [totals],
            story_queries.ENTITY_EXISTS: [{"found": 1}],
        }
    )
    page = client(queries).get("/entities/1/related").json()
    assert [e["entity_id"] for e in page["items"]] == [3, 2]
    assert page["items"][0]["together"] == 6 and page["total_articles"] == 1000
    assert client(RecordingQueries({})).get("/entities/1/related").status_code == 404


def test_trending_is_its_own_route_and_takes_a_bounded_window() -> None:
    queries = RecordingQueries({})
    page = client(queries).get("/entities/trending", params={"window": "15m"})
    assert page.status_code == 200, page.text
    _, params = queries.asked[-1]
    assert params["end"] - params["start"] == timedelta(minutes=15)
    assert params["start"] - params["baseline_start"] == timedelta(minutes=15 * 24)
    for bad in ("0h", "1w", "h", "1000d", "1.5h"):
        assert client(queries).get("/entities/trending", params={"window": bad}).status_code == 422
    assert window_length("7d") == timedelta(days=7)


def test_the_store_keeps_each_article_s_story() -> None:
    event = factories.enriched().model_copy(update={"story_id": "d" * 32})
    [row] = to_rows([event]).articles
    assert row.story_id == "d" * 32
