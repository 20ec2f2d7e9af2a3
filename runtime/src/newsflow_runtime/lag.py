"""Keeping the consumer-lag gauge fresh, the same way in every stage: a stage brings the
probe that reads its own offsets, this keeps the gauge and rides out a broker's absence."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from newsflow_runtime.metrics import ConsumerLag, TopicPartitionKey

log = logging.getLogger(__name__)

# Prometheus scrapes every 5 s (deploy/prometheus): a fresher gauge is never read, and each
# refresh is two or three requests to the broker per process.
LAG_REFRESH_SECONDS = 5.0
LagProbe = Callable[[], Awaitable[dict[TopicPartitionKey, int]]]


class LagRefresher:
    def __init__(self, probe: LagProbe, gauge: ConsumerLag, timeout_seconds: float = 6.0) -> None:
        self._probe = probe
        self._gauge = gauge
        self._timeout_seconds = timeout_seconds
        self._failing = False

    async def refresh(self) -> None:
        """One refresh. Best effort: on failure the gauge keeps its last value."""
        try:
            async with asyncio.timeout(self._timeout_seconds):
                self._gauge.update(await self._probe())
            self._failing = False
        except Exception as error:
            # A warning once per outage, not one every refresh.
            level = logging.DEBUG if self._failing else logging.WARNING
            log.log(level, "cannot measure lag: %r", error)
            self._failing = True

    async def run(self, stop: asyncio.Event, every: float = LAG_REFRESH_SECONDS) -> None:
        """Refreshes until `stop` is set."""
        while not stop.is_set():
            await self.refresh()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every)
