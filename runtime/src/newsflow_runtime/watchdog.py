"""Stuck is visible: work that should end, watched against its deadline, so that /readyz
turns 503 while a stage retries forever or a call it made never returns."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import count


class Watchdog:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._ids = count()
        self._watched: dict[int, tuple[str, float]] = {}

    @contextmanager
    def watching(self, what: str, deadline_seconds: float) -> Iterator[None]:
        """Marks `what` overdue if it is still running `deadline_seconds` from now."""
        token = next(self._ids)
        self._watched[token] = (what, self._clock() + deadline_seconds)
        try:
            yield
        finally:
            del self._watched[token]

    def overdue(self) -> list[str]:
        now = self._clock()
        return sorted({what for what, deadline in self._watched.values() if now > deadline})

    async def healthy(self) -> bool:
        """A readiness check: nothing watched is past its deadline."""
        return not self.overdue()
