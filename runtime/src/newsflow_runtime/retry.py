"""The retry policy every stage uses for transient failures: stamina's capped exponential
backoff with jitter, counted in a metric, so a stage that keeps retrying is visible."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

import stamina

T = TypeVar("T")
IsTransient = Callable[[Exception], bool]


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
