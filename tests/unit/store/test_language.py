"""The store keeps the language enrich detected, and the read API filters by it."""

from __future__ import annotations

import pytest

from newsflow_store.domain import to_rows
from tests.factories import enriched, raw_article
from tests.unit.store.test_api_sources import RecordingQueries, client


def test_the_row_carries_the_detected_language_not_the_claim() -> None:
    event = enriched(raw_article(language="en"), language="ru")
    assert [row.language for row in to_rows([event]).articles] == ["ru"]


def test_an_event_from_before_detection_keeps_its_producers_claim() -> None:
    event = enriched(raw_article(language="de"), language=None)
    assert [row.language for row in to_rows([event]).articles] == ["de"]


def test_the_language_filter_reaches_the_query_as_given() -> None:
    queries = RecordingQueries()
    api = client(queries)
    for params in ({"language": "ru"}, {"language": "und"}, {}):
        assert api.get("/articles", params=params).status_code == 200
    assert [f["language"] for f in queries.filters] == ["ru", "und", None]


@pytest.mark.parametrize("value", ["RU", "russian", "r", "ru\x00", "ru-RU"])
def test_a_language_that_is_no_code_is_a_422(value: str) -> None:
    queries = RecordingQueries()
    response = client(queries).get("/articles", params={"language": value})
    assert response.status_code == 422, response.text
    assert not queries.filters


def test_the_spec_documents_the_filter_and_each_articles_language() -> None:
    spec = client(RecordingQueries()).get("/openapi.json").json()
    parameters = {p["name"]: p for p in spec["paths"]["/articles"]["get"]["parameters"]}
    assert parameters["language"]["in"] == "query" and parameters["language"]["description"]
    summary = spec["components"]["schemas"]["ArticleSummary"]
    assert "language" in summary["properties"] and "language" in summary["required"]
