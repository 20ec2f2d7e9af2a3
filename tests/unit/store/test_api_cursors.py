"""Every paged endpoint answers a forged cursor with 422 and a reason, before any query."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_store.api.app import create_app
from newsflow_store.api.pagination import encode_cursor


class NoDatabase:
    """Stands in for ReadQueries: counts the queries that a bad cursor must never reach."""

    pool = None

    def __init__(self) -> None:
        self.queries = 0

    async def all(self, sql: str, params: Any) -> list[dict[str, Any]]:
        self.queries += 1
        return []

    async def one(self, sql: str, params: Any) -> dict[str, Any] | None:
        self.queries += 1
        return None

    async def articles(self, filters: Any, after: Any, limit: int) -> list[dict[str, Any]]:
        self.queries += 1
        return []


def forged(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


FORGED = {
    "above bigint": forged([2**63]),
    "far above bigint": forged([10**30]),
    "negative": forged([-1]),
    "not base64": "!!not*base64!!",
    "not JSON": base64.urlsafe_b64encode(b"{nope").decode(),
    "an object": forged({"offset": 0}),
    "a boolean": forged([True]),
    "too long a list": forged([0, 0, 0]),
    "a NUL in the id": forged(["2026-01-01T00:00:00+00:00", "\x00" * 32]),
}


@pytest.fixture
def database() -> NoDatabase:
    return NoDatabase()


@pytest.fixture
def api(database: NoDatabase) -> TestClient:
    return TestClient(create_app(database, CollectorRegistry()))  # type: ignore[arg-type]


@pytest.mark.parametrize("path", ["/articles", "/entities"])
@pytest.mark.parametrize("cursor", FORGED.values(), ids=FORGED.keys())
def test_a_forged_cursor_is_a_422_on_every_paged_endpoint(
    api: TestClient, database: NoDatabase, path: str, cursor: str
) -> None:
    response = api.get(path, params={"cursor": cursor})

    assert response.status_code == 422, response.text
    [detail] = response.json()["detail"]
    assert detail["loc"] == ["query", "cursor"]
    assert detail["msg"] == "cursor is not one this API issued"
    assert database.queries == 0


@pytest.mark.parametrize(
    ("path", "cursor"),
    [
        ("/entities", encode_cursor(2**63 - 1)),
        ("/articles", encode_cursor("2026-01-01T00:00:00+00:00", "0" * 32)),
    ],
)
def test_a_cursor_the_api_could_have_issued_is_served(
    api: TestClient, database: NoDatabase, path: str, cursor: str
) -> None:
    response = api.get(path, params={"cursor": cursor})

    assert response.status_code == 200, response.text
    assert response.json() == {"items": [], "next_cursor": None}
    assert database.queries == 1
