"""/metrics, /healthz and /readyz for a service whose work runs on an asyncio event loop.

The server runs in its own thread, so a scrape never waits on the pipeline. Health is
still asked of the loop itself: /healthz schedules a no-op on it and fails if the loop does
not run it in time (blocked or gone), and the /readyz checks run on it too, where the
Kafka and database clients they touch live. Neither depends on the other: a broker or
database outage makes a service unready, never dead, so it is not restarted for it."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import TimeoutError as FutureTimeout
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder

log = logging.getLogger(__name__)

Check = Callable[[], Awaitable[bool]]


class HealthServer:
    def __init__(
        self,
        registry: CollectorRegistry,
        host: str,
        port: int,
        checks: Mapping[str, Check] | None = None,
        timeout: float = 5.0,
    ) -> None:
        self._registry = registry
        self._checks = dict(checks or {})
        self._timeout = timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server = ThreadingHTTPServer((host, port), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="health-http", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def attach(
        self, loop: asyncio.AbstractEventLoop, checks: Mapping[str, Check] | None = None
    ) -> None:
        """The loop whose liveness /healthz reports, and readiness checks to run on it."""
        self._loop = loop
        self._checks.update(checks or {})

    def start(self) -> HealthServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():  # shutdown() waits for a serve loop that must be running
            self._server.shutdown()
        self._server.server_close()

    def metrics(self, accept: str | None) -> tuple[bytes, str]:
        encoder, content_type = choose_encoder(accept or "")
        return encoder(self._registry), content_type

    def live(self) -> tuple[bool, dict[str, Any]]:
        try:
            self._on_loop(_nothing)
        except Exception as error:
            return False, {"status": "event loop not responding", "error": repr(error)}
        return True, {"status": "ok"}

    def ready(self) -> tuple[bool, dict[str, Any]]:
        results = {name: self._passes(name, check) for name, check in self._checks.items()}
        ok = bool(results) and all(results.values())
        return ok, {"ready": ok, "checks": results}

    def _passes(self, name: str, check: Check) -> bool:
        try:
            return bool(self._on_loop(check))
        except Exception as error:
            log.debug("readiness check %s failed: %r", name, error)
            return False

    def _on_loop(self, work: Callable[[], Awaitable[Any]]) -> Any:
        loop = self._loop
        if loop is None or loop.is_closed():
            raise RuntimeError("no running event loop attached")
        future = asyncio.run_coroutine_threadsafe(_called(work), loop)
        try:
            return future.result(self._timeout)
        except FutureTimeout:
            future.cancel()
            raise


async def _called(work: Callable[[], Awaitable[Any]]) -> Any:
    return await work()


async def _nothing() -> None:
    pass


def _handler_for(health: HealthServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                body, content_type = health.metrics(self.headers.get("Accept"))
                self._send(HTTPStatus.OK, body, content_type)
            elif path == "/healthz":
                self._send_json(*health.live())
            elif path == "/readyz":
                self._send_json(*health.ready())
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")

        def _send_json(self, ok: bool, payload: dict[str, Any]) -> None:
            status = HTTPStatus.OK if ok else HTTPStatus.SERVICE_UNAVAILABLE
            self._send(status, json.dumps(payload).encode(), "application/json")

        def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # Probes and scrapes every few seconds would drown the service's own logs.

    return Handler
