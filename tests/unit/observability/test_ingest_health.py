"""Ingest's /healthz answers from its event loop; /readyz follows the producer's connection."""

from __future__ import annotations

import asyncio

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_ingest.adapters.http_api import create_app
from newsflow_ingest.metrics import create_metrics
from newsflow_ingest.service.ingestor import Ingestor, MemorySeenIds
from newsflow_runtime.health import Check
from newsflow_schemas import RawArticle


class NoPublisher:
    async def publish(self, article: RawArticle) -> None:
        raise AssertionError("nothing is published in these tests")


def client(readiness: dict[str, Check] | None = None) -> TestClient:
    registry = CollectorRegistry()
    ingestor = Ingestor(NoPublisher(), MemorySeenIds(), create_metrics(registry))
    return TestClient(create_app(ingestor, registry, readiness=readiness))


def kafka(connected: bool) -> Check:
    async def check() -> bool:
        return connected

    return check


async def broken() -> bool:
    raise ConnectionError("broker down")


async def hangs() -> bool:
    await asyncio.sleep(60)
    return True


def test_ready_when_the_producer_is_connected() -> None:
    response = client({"kafka": kafka(True)}).get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"ready": True, "checks": {"kafka": True}}


def test_unready_but_alive_when_kafka_is_not() -> None:
    for check in (kafka(False), broken):
        app = client({"kafka": check})
        assert app.get("/readyz").status_code == 503
        assert app.get("/healthz").status_code == 200


def test_a_check_that_hangs_counts_as_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsflow_ingest.adapters.http_api.READY_TIMEOUT_SECONDS", 0.1)
    assert client({"kafka": hangs}).get("/readyz").json()["checks"] == {"kafka": False}


def test_build_info_is_exported() -> None:
    text = client().get("/metrics").text
    assert 'newsflow_build_info{model="",stage="ingest"' in text
