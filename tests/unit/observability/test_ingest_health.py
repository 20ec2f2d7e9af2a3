"""Ingest's /healthz answers from its event loop; /readyz follows the producer's connection.
Both, and /metrics, are on the operations port, apart from POST /articles."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from prometheus_client import CollectorRegistry

from newsflow.stack.ports import free_port
from newsflow_ingest.bootstrap import ops_server
from newsflow_ingest.metrics import create_metrics
from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.health import Check


@asynccontextmanager
async def ops(checks: dict[str, Check]) -> AsyncIterator[httpx.AsyncClient]:
    registry = CollectorRegistry()
    create_metrics(registry)
    settings = IngestSettings(ingest_metrics_port=free_port())
    server = ops_server(settings, registry, checks).start()
    try:
        base = f"http://127.0.0.1:{settings.ingest_metrics_port}"
        async with httpx.AsyncClient(base_url=base, timeout=10) as client:
            yield client
    finally:
        server.stop()


def kafka(connected: bool) -> Check:
    async def check() -> bool:
        return connected

    return check


async def broken() -> bool:
    raise ConnectionError("broker down")


async def test_ready_when_the_producer_is_connected() -> None:
    async with ops({"kafka": kafka(True)}) as client:
        response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"ready": True, "checks": {"kafka": True}}


async def test_unready_but_alive_when_kafka_is_not() -> None:
    for check in (kafka(False), broken):
        async with ops({"kafka": check}) as client:
            assert (await client.get("/readyz")).status_code == 503
            assert (await client.get("/healthz")).json() == {"status": "ok"}


async def test_build_info_is_exported() -> None:
    async with ops({"kafka": kafka(True)}) as client:
        text = (await client.get("/metrics")).text
    assert 'newsflow_build_info{model="",stage="ingest"' in text
