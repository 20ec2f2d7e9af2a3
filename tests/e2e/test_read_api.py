"""The read API over a PostgreSQL that the real pipeline filled."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import psycopg
import pytest

from newsflow_store.api.queries import ReadQueries
from newsflow_store.migrations.roles import READER_ROLE
from tests.e2e.conftest import Pipeline, get

pytestmark = pytest.mark.e2e


async def zelensky_id(api: httpx.AsyncClient) -> int:
    page = await get(api, "/entities", type="PERSON", limit=100)
    [entity] = [e for e in page["items"] if "Zelensky" in e["name"]]
    return int(entity["entity_id"])


async def test_articles_filter_by_entity_name_or_alias(api: httpx.AsyncClient) -> None:
    entity = await get(api, f"/entities/{await zelensky_id(api)}")
    for name in [entity["name"], *entity["aliases"]]:
        page = await get(api, "/articles", entity=name.upper())
        assert [a["title"] for a in page["items"]], f"nothing found for {name}"
        assert all("Russian troops" in a["title"] for a in page["items"])


async def test_articles_filter_by_type_sentiment_dates_and_text(
    api: httpx.AsyncClient, pipeline: Pipeline
) -> None:
    everything = await get(api, "/articles", limit=100)
    assert len(everything["items"]) == len(pipeline.seed_ids)
    negative = await get(api, "/articles", sentiment="negative", limit=100)
    assert {a["sentiment_label"] for a in negative["items"]} == {"negative"}
    assert (await get(api, "/articles", q="referendum Donetsk"))["items"]
    assert not (await get(api, "/articles", q="zzzunheardofword"))["items"]
    assert (await get(api, "/articles", type="PERSON", limit=100))["items"]
    assert not (await get(api, "/articles", until="2000-01-01T00:00:00Z"))["items"]
    assert len((await get(api, "/articles", since="2000-01-01T00:00:00Z", limit=100))["items"]) == (
        len(pipeline.seed_ids)
    )


async def test_articles_filter_by_source_exactly_or_by_its_start(
    api: httpx.AsyncClient, pipeline: Pipeline
) -> None:
    everything = (await get(api, "/articles", limit=100))["items"]
    sources = {a["article_id"]: a["source"] for a in everything}
    assert all(source.startswith("file:") for source in sources.values())
    one_id, one_source = next(iter(sources.items()))
    exact = await get(api, "/articles", source=one_source, limit=100)
    assert [a["article_id"] for a in exact["items"]] == [one_id]
    by_start = await get(api, "/articles", source_prefix="file:", limit=100)
    assert len(by_start["items"]) == len(pipeline.seed_ids)
    assert not (await get(api, "/articles", source="file:"))["items"]  # exact is exact
    assert not (await get(api, "/articles", source_prefix="http:"))["items"]
    assert not (await get(api, "/articles", source_prefix="file:%"))["items"]  # no wildcards


async def test_cursor_pagination_visits_every_article_once(
    api: httpx.AsyncClient, pipeline: Pipeline
) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(len(pipeline.seed_ids) + 1):
        page = await get(api, "/articles", limit=1, **({"cursor": cursor} if cursor else {}))
        seen += [a["article_id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(pipeline.seed_ids)


async def test_article_detail_has_entities_and_quotes(
    api: httpx.AsyncClient, pipeline: Pipeline
) -> None:
    details = [await get(api, f"/articles/{article_id}") for article_id in pipeline.seed_ids]
    assert all(d["entities"] for d in details)
    war = next(d for d in details if "Russian troops" in d["title"])
    assert war["sentiment_label"] == "negative"
    assert any(e["type"] == "PERSON" and "Zelensky" in e["name"] for e in war["entities"])
    mentions = [m for d in details for e in d["entities"] for m in e["mentions"]]
    assert mentions and all(0 <= m["start"] < m["end"] and m["sentence"] >= 0 for m in mentions)


async def test_ready_with_build_info(api: httpx.AsyncClient) -> None:
    ready = await api.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {
        "ready": True,
        "checks": {"database": True},
    }
    lines = (await api.get("/metrics")).text.splitlines()
    assert any(x.startswith("newsflow_build_info{") and 'stage="api"' in x for x in lines)


async def test_entities_top_and_detail(api: httpx.AsyncClient) -> None:
    top = await get(api, "/entities", limit=5)
    counts = [e["mention_count"] for e in top["items"]]
    assert counts == sorted(counts, reverse=True) and top["next_cursor"]
    second = await get(api, "/entities", limit=5, cursor=top["next_cursor"])
    assert {e["entity_id"] for e in second["items"]}.isdisjoint(
        {e["entity_id"] for e in top["items"]}
    )
    detail = await get(api, f"/entities/{await zelensky_id(api)}")
    assert detail["type"] == "PERSON" and detail["article_count"] >= 1
    assert sum(d["mention_count"] for d in detail["mentions_per_day"]) >= 2


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/articles/0123456789abcdef0123456789abcdef", 404, "not found"),
        ("/articles/not-an-id", 422, "pattern"),
        ("/entities/999999999", 404, "not found"),
        ("/entities/0", 422, "greater than or equal"),
        ("/articles?cursor=garbage!", 422, "cursor is not one this API issued"),
        ("/articles?limit=1000", 422, "less than or equal"),
        ("/entities?cursor=WzEsMl0", 422, "cursor is not one this API issued"),
        ("/entities?type=place", 422, "PERSON"),
        ("/articles?type=LOCATION", 422, "PLACE"),
    ],
)
async def test_errors_are_4xx_with_a_reason(
    api: httpx.AsyncClient, path: str, status: int, message: str
) -> None:
    response = await api.get(path)
    assert response.status_code == status
    assert message in response.text


def forged(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


FORGED_CURSORS = {
    "above bigint": forged([2**63]),  # was a 500 on /entities
    "negative": forged([-1]),
    "not base64": "%%%not-base64%%%",
    "not JSON": base64.urlsafe_b64encode(b"[1,").decode(),
    "an object": forged({"offset": 20}),
    "a boolean": forged([True]),
    "a NUL in the id": forged(["2026-11-01T12:00:00+00:00", "\x00" * 32]),  # was a 500
    "a time without offset": forged(["2026-11-01T12:00:00", "0" * 32]),
}


@pytest.mark.parametrize("path", ["/articles", "/entities"])
@pytest.mark.parametrize("cursor", FORGED_CURSORS.values(), ids=FORGED_CURSORS.keys())
async def test_a_forged_cursor_is_a_422_on_every_paged_endpoint(
    api: httpx.AsyncClient, path: str, cursor: str
) -> None:
    response = await api.get(path, params={"cursor": cursor})

    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["msg"] == "cursor is not one this API issued"


async def test_the_last_offset_bigint_holds_is_an_empty_page(api: httpx.AsyncClient) -> None:
    page = await get(api, "/entities", cursor=forged([2**63 - 1]))

    assert page == {"items": [], "next_cursor": None}


async def test_the_dev_fallback_session_cannot_write(pipeline: Pipeline) -> None:
    """Without API_DATABASE_URL, dev mode drops the store's login to the reader role."""
    queries = ReadQueries.connect(pipeline.database_url, max_size=1, set_role=READER_ROLE)
    await queries.pool.open()
    try:
        with pytest.raises(psycopg.errors.DatabaseError, match=r"read-only|permission denied"):
            await queries.all("DELETE FROM articles", ())
        [row] = await queries.all("SELECT current_user AS who", ())
        assert row["who"] == "newsflow_reader"
    finally:
        await queries.pool.close()


async def test_openapi_spec_is_served(api: httpx.AsyncClient) -> None:
    spec = await get(api, "/openapi.json")
    assert {"/articles", "/articles/{article_id}", "/entities", "/entities/{entity_id}"} <= set(
        spec["paths"]
    )
