"""The story, co-occurrence and trending endpoints over a PostgreSQL that the real
pipeline (with story assignment on) filled with the seed articles."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Pipeline, get

pytestmark = pytest.mark.e2e


async def all_stories(api: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    stories, cursor = [], None
    for _ in range(50):
        page = await get(
            api, "/stories", limit=2, **params, **({"cursor": cursor} if cursor else {})
        )
        stories += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return stories
    raise AssertionError("the cursor never ended")


async def test_every_article_has_a_story_and_every_story_its_articles(
    api: httpx.AsyncClient, pipeline: Pipeline
) -> None:
    articles = (await get(api, "/articles", limit=100))["items"]
    assert all(a["story_id"] for a in articles)
    stories = await all_stories(api)
    assert len({s["story_id"] for s in stories}) == len(stories)  # each page once
    assert {s["story_id"] for s in stories} == {a["story_id"] for a in articles}
    assert sum(s["article_count"] for s in stories) == len(pipeline.seed_ids)
    story = await get(api, f"/stories/{stories[0]['story_id']}")
    times = [a["published_at"] or a["ingested_at"] for a in story["articles"]]
    assert times == sorted(times) and len(times) == story["article_count"]
    assert story["top_entities"] and story["sentiment_by_hour"]
    assert story["story_id"] in {a["article_id"] for a in story["articles"]}  # its first


async def test_stories_filter_by_entity_text_and_time(api: httpx.AsyncClient) -> None:
    [war] = [
        a
        for a in (await get(api, "/articles", limit=100))["items"]
        if "Russian troops" in a["title"]
    ]
    by_entity = await all_stories(api, entity="zelensky")
    assert war["story_id"] in {s["story_id"] for s in by_entity}
    assert war["story_id"] in {s["story_id"] for s in await all_stories(api, q="Donetsk")}
    assert not await all_stories(api, q="zzzunheardofword")
    assert not await all_stories(api, since="2999-01-01T00:00:00Z")


async def test_related_entities_come_with_counts_ranked_by_score(api: httpx.AsyncClient) -> None:
    people = (await get(api, "/entities", type="PERSON", limit=100))["items"]
    [zelensky] = [e for e in people if "Zelensky" in e["name"]]
    related = await get(api, f"/entities/{zelensky['entity_id']}/related", limit=100)
    assert related["articles"] >= 1 and related["total_articles"] >= related["articles"]
    scores = [e["score"] for e in related["items"]]
    assert related["items"] and scores == sorted(scores, reverse=True)
    assert all(1 <= e["together"] <= e["articles"] for e in related["items"])
    assert not (
        await get(api, f"/entities/{zelensky['entity_id']}/related", until="2000-01-01T00:00:00Z")
    )["items"]


async def test_entities_just_mentioned_are_trending_against_an_empty_baseline(
    api: httpx.AsyncClient,
) -> None:
    page = await get(api, "/entities/trending", window="1d", limit=100)
    assert page["items"] and page["window_start"] < page["window_end"]
    for entity in page["items"]:
        assert entity["baseline"] == 0 and entity["score"] == pytest.approx(entity["observed"])
    first = await get(api, "/entities/trending", window="1d", limit=1)
    assert first["next_cursor"] and first["items"][0] == page["items"][0]
