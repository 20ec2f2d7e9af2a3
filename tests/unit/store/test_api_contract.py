"""The read API behaves like the other services: /readyz, build info, enum filters that
name their allowed values, one vocabulary, and each entity's mentions with offsets."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_store.api.app import create_app, linked_entities
from newsflow_store.api.models import EntityType


class FakeQueries:
    pool = None

    def __init__(self, reachable: bool = True) -> None:
        self._reachable = reachable

    async def reachable(self) -> bool:
        if not self._reachable:
            raise OSError("connection refused")
        return True

    async def all(self, sql: str, params: Any) -> list[dict[str, Any]]:
        return []

    async def one(self, sql: str, params: Any) -> dict[str, Any] | None:
        return None

    async def articles(self, filters: Any, after: Any, limit: int) -> list[dict[str, Any]]:
        return []


def client(queries: FakeQueries, registry: CollectorRegistry | None = None) -> TestClient:
    return TestClient(create_app(queries, registry or CollectorRegistry()))  # type: ignore[arg-type]


@pytest.mark.parametrize(("reachable", "status"), [(True, 200), (False, 503)])
def test_readyz_answers_like_every_stage(reachable: bool, status: int) -> None:
    response = client(FakeQueries(reachable)).get("/readyz")
    assert response.status_code == status
    assert response.json() == {"ready": reachable, "checks": {"database": reachable}}


def test_build_info_is_exported() -> None:
    registry = CollectorRegistry()
    client(FakeQueries(), registry)
    labels = [s.labels for m in registry.collect() if m.name == "newsflow_build" for s in m.samples]
    assert labels and labels[0]["stage"] == "api"


@pytest.mark.parametrize("path", ["/entities", "/articles"])
@pytest.mark.parametrize("value", ["place", "LOCATION"])
def test_an_unknown_type_is_a_422_naming_the_allowed_ones(path: str, value: str) -> None:
    response = client(FakeQueries()).get(path, params={"type": value})
    assert response.status_code == 422
    message = str(response.json()["detail"])
    assert all(t.value in message for t in EntityType)


def test_a_known_type_is_accepted() -> None:
    assert client(FakeQueries()).get("/entities", params={"type": "PLACE"}).status_code == 200


def test_every_count_has_one_name_across_the_spec() -> None:
    schemas = client(FakeQueries()).get("/openapi.json").json()["components"]["schemas"]
    fields = {name for schema in schemas.values() for name in schema.get("properties", {})}
    assert {"mention_count", "article_count"} <= fields
    counts = {"EntityCount", "DailyMentions", "LinkedEntity", "EntityDetail"}
    for name in counts:
        assert "articles" not in schemas[name]["properties"]
    assert schemas["LinkedEntity"]["properties"]["mentions"]["type"] == "array"


def test_each_entity_carries_the_mentions_its_event_had() -> None:
    rows = [
        {
            "entity_id": 7,
            "name": "Kyiv",
            "type": "PLACE",
            "mention_count": 2,
            "salience": 0.5,
            "sentiment": None,
            "first_start": 10,
        },
        {
            "entity_id": 9,
            "name": "Old",
            "type": "ORG",
            "mention_count": 1,
            "salience": 0.1,
            "sentiment": None,
            "first_start": 99,
        },
    ]
    canonical = [
        {
            "name": "Kyiv",
            "mentions": [
                {"text": "Kyiv", "start": 40, "end": 44, "sentence": 2},
                {"text": "Kyiv", "start": 10, "end": 14, "sentence": 0},
            ],
        },
    ]
    kyiv, old = linked_entities(rows, canonical)
    assert [(m.start, m.end, m.sentence) for m in kyiv.mentions] == [(40, 44, 2), (10, 14, 0)]
    assert old.mentions == []
    assert linked_entities(rows, None)[0].mentions == []
