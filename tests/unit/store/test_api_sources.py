"""GET /articles filters on the article's source, exactly or by its start, as documented;
each article it answers with says its source."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_store.api import queries as sql
from newsflow_store.api.app import create_app


class RecordingQueries:
    pool = None

    def __init__(self) -> None:
        self.filters: list[dict[str, Any]] = []

    async def articles(self, filters: Any, after: Any, limit: int) -> list[dict[str, Any]]:
        self.filters.append(filters)
        return []


def client(queries: RecordingQueries) -> TestClient:
    return TestClient(create_app(queries, CollectorRegistry()))  # type: ignore[arg-type]


def test_the_source_filters_reach_the_query_as_given() -> None:
    queries = RecordingQueries()
    api = client(queries)
    assert api.get("/articles", params={"source": "http:my-scraper"}).status_code == 200
    assert api.get("/articles", params={"source_prefix": "http:"}).status_code == 200
    assert api.get("/articles").status_code == 200
    picked = [(f["source"], f["source_prefix"]) for f in queries.filters]
    assert picked == [("http:my-scraper", None), (None, "http:"), (None, None)]


def test_every_filter_has_its_parameter_in_the_query() -> None:
    queries = RecordingQueries()
    client(queries).get("/articles")
    named = set(re.findall(r"%\((\w+)\)s", sql.ARTICLES))
    assert named == {*queries.filters[0], "after_at", "after_id", "limit"}


@pytest.mark.parametrize("name", ["source", "source_prefix"])
def test_a_source_with_nul_is_a_422_not_a_500(name: str) -> None:
    assert client(RecordingQueries()).get("/articles", params={name: "a\x00"}).status_code == 422


def test_the_spec_documents_the_filters_and_the_source_of_each_article() -> None:
    spec = client(RecordingQueries()).get("/openapi.json").json()
    parameters = {p["name"]: p for p in spec["paths"]["/articles"]["get"]["parameters"]}
    for name in ("source", "source_prefix"):
        assert parameters[name]["in"] == "query" and parameters[name]["description"]
    summary = spec["components"]["schemas"]["ArticleSummary"]
    assert "source" in summary["properties"] and "source" in summary["required"]
