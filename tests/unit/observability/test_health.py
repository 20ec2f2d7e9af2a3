"""The health server: /metrics from its thread, /healthz and /readyz from the service's loop."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from prometheus_client import CollectorRegistry, Counter

from newsflow.stack.ports import free_port
from newsflow_runtime.health import Check, HealthServer


class LoopThread:
    """An event loop running in a thread, as a service's would."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def block(self, seconds: float) -> None:
        self.loop.call_soon_threadsafe(time.sleep, seconds)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()


@pytest.fixture
def loop() -> Iterator[LoopThread]:
    running = LoopThread()
    yield running
    running.stop()


@dataclass(frozen=True)
class Served:
    health: HealthServer
    registry: CollectorRegistry

    def get(self, path: str) -> httpx.Response:
        return httpx.get(f"http://127.0.0.1:{self.health.port}{path}", timeout=5)


@pytest.fixture
def server() -> Iterator[Served]:
    registry = CollectorRegistry()
    health = HealthServer(registry, "127.0.0.1", free_port(), timeout=0.5).start()
    yield Served(health, registry)
    health.stop()


def answer(ok: bool) -> Check:
    async def check() -> bool:
        return ok

    return check


async def hang() -> bool:
    await asyncio.sleep(60)
    return True


def test_metrics_are_served_even_before_a_loop_is_attached(server: Served) -> None:
    Counter("newsflow_test_total", "A test counter.", registry=server.registry).inc()
    assert "newsflow_test_total 1.0" in server.get("/metrics").text
    assert server.get("/healthz").status_code == 503
    assert server.get("/readyz").status_code == 503
    assert server.get("/nothing").status_code == 404


def test_live_while_the_loop_runs_and_not_while_it_is_blocked(
    server: Served, loop: LoopThread
) -> None:
    server.health.attach(loop.loop)
    assert server.get("/healthz").json() == {"status": "ok"}
    loop.block(1.5)
    response = server.get("/healthz")
    assert response.status_code == 503 and "not responding" in response.json()["status"]
    time.sleep(1.5)
    assert server.get("/healthz").status_code == 200


def test_ready_only_when_every_check_passes_in_time(server: Served, loop: LoopThread) -> None:
    server.health.attach(loop.loop, {"kafka": answer(True), "database": answer(True)})
    assert server.get("/readyz").json() == {
        "ready": True,
        "checks": {"kafka": True, "database": True},
    }
    server.health.attach(loop.loop, {"database": answer(False), "slow": hang})
    response = server.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"kafka": True, "database": False, "slow": False}


def test_a_dependency_down_makes_a_service_unready_but_never_dead(
    server: Served, loop: LoopThread
) -> None:
    server.health.attach(loop.loop, {"database": answer(False)})
    assert server.get("/readyz").status_code == 503
    assert server.get("/healthz").status_code == 200


def test_a_server_never_started_stops_at_once() -> None:
    """A service that fails before it serves still closes its port on the way out."""
    port = free_port()
    HealthServer(CollectorRegistry(), "127.0.0.1", port).stop()
    HealthServer(CollectorRegistry(), "127.0.0.1", port).stop()  # the port was released
