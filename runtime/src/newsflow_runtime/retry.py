"""The retry policy every stage uses for transient failures: stamina's capped exponential
backoff with jitter, counted in a metric, so a stage that keeps retrying is visible."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

import stamina

T = TypeVar("T")
IsTransient = Callable[[Exception], bool]


class StopRequested(Exception):
    """A stop came while retrying: the work is left undone, to be redelivered after a restart."""


def _ignore(_: Exception) -> None:
    pass


@dataclass(frozen=True)
class RetryPolicy:
    """attempts/timeout_seconds None: retry until the caller is stopped."""

    attempts: int | None = 8
    timeout_seconds: float | None = 60.0
    wait_initial_seconds: float = 0.2
    wait_max_seconds: float = 5.0

    def attempts_on(self, is_transient: IsTransient) -> AsyncIterator[stamina.Attempt]:
        return aiter(
            stamina.retry_context(
                on=is_transient,
                attempts=self.attempts,
                timeout=self.timeout_seconds,
                wait_initial=self.wait_initial_seconds,
                wait_max=self.wait_max_seconds,
            )
        )

    async def call(
        self,
        work: Callable[[], Awaitable[T]],
        is_transient: IsTransient,
        on_retry: Callable[[Exception], None] = lambda _: None,
    ) -> T:
        """Runs `work` until it succeeds, raises a permanent error, or the policy gives up,
        in which case the last transient error is raised."""
        async for attempt in self.attempts_on(is_transient):
            with attempt:
                try:
                    return await work()
                except Exception as error:
                    if is_transient(error):
                        on_retry(error)
                    raise
        raise AssertionError("stamina ends by returning or raising")  # pragma: no cover

    async def call_until_stopped(
        self,
        work: Callable[[], Awaitable[T]],
        is_transient: IsTransient,
        stop: asyncio.Event,
        on_retry: Callable[[Exception], None] = _ignore,
    ) -> T:
        """As `call`, for a stage that must stop on request: once `stop` is set no failed
        attempt is retried, and a wait between attempts ends at once, both with StopRequested.
        An attempt is never interrupted (bounding it is the caller's business), and the first
        runs even when `stop` is set already, so a stopping stage still finishes what it can."""
        waiting = False  # between a failed attempt and the next, in stamina's backoff

        async def attempt() -> T:
            nonlocal waiting
            waiting = False
            return await work()

        def retrying(error: Exception) -> None:
            nonlocal waiting
            if stop.is_set():
                raise StopRequested(f"stopped while retrying after {error!r}") from error
            on_retry(error)
            waiting = True

        def worth_retrying(error: Exception) -> bool:
            return not isinstance(error, StopRequested) and is_transient(error)

        calling = asyncio.ensure_future(self.call(attempt, worth_retrying, retrying))
        stopping = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({calling, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if not calling.done() and waiting:
                raise StopRequested("stopped while waiting to retry")
            return await calling
        finally:
            stopping.cancel()
            calling.cancel()
