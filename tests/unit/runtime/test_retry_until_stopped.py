"""RetryPolicy.call_until_stopped: retries without end, but never past a stop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from newsflow_runtime.retry import RetryPolicy, StopRequested

FOREVER = RetryPolicy(None, None, wait_initial_seconds=0, wait_max_seconds=0)
PATIENT = RetryPolicy(None, None, wait_initial_seconds=60, wait_max_seconds=60)


def _transient(error: Exception) -> bool:
    return isinstance(error, TimeoutError)


class Work:
    """Fails with TimeoutError `failures` times, then returns "done"; counts its calls."""

    def __init__(self, failures: int = 0) -> None:
        self.calls = 0
        self.cancelled = False
        self.failures = failures
        self.gate = asyncio.Event()
        self.gate.set()

    async def __call__(self) -> str:
        self.calls += 1
        try:
            await self.gate.wait()
        except asyncio.CancelledError:
            self.cancelled = True
            raise
        if self.calls <= self.failures:
            raise TimeoutError("away")
        return "done"


async def _until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(5):
        while True:
            if condition():
                return
            await asyncio.sleep(0.005)


async def test_without_a_stop_it_retries_past_any_attempt_count() -> None:
    work, retried = Work(failures=50), []

    result = await FOREVER.call_until_stopped(work, _transient, asyncio.Event(), retried.append)

    assert (result, work.calls, len(retried)) == ("done", 51, 50)


async def test_a_permanent_error_is_raised_at_once() -> None:
    async def work() -> None:
        raise ValueError("bad data")

    with pytest.raises(ValueError):
        await FOREVER.call_until_stopped(work, _transient, asyncio.Event())


async def test_a_stop_during_the_wait_between_attempts_ends_it_at_once() -> None:
    work, stop = Work(failures=1_000), asyncio.Event()
    calling = asyncio.create_task(PATIENT.call_until_stopped(work, _transient, stop))
    await _until(lambda: work.calls == 1)

    stop.set()

    async with asyncio.timeout(1):
        with pytest.raises(StopRequested):
            await calling
    assert work.calls == 1


async def test_an_attempt_under_way_at_the_stop_finishes_and_its_result_counts() -> None:
    work, stop = Work(), asyncio.Event()
    work.gate.clear()
    calling = asyncio.create_task(FOREVER.call_until_stopped(work, _transient, stop))
    await _until(lambda: work.calls == 1)

    stop.set()
    await asyncio.sleep(0.01)
    work.gate.set()

    assert await asyncio.wait_for(calling, 1) == "done"


async def test_after_a_stop_a_failed_attempt_is_not_retried() -> None:
    work, stop = Work(failures=1), asyncio.Event()
    stop.set()

    with pytest.raises(StopRequested) as raised:
        await FOREVER.call_until_stopped(work, _transient, stop)

    assert work.calls == 1  # the first attempt runs even after the stop; no second
    assert isinstance(raised.value.__cause__, TimeoutError)


async def test_cancelling_the_caller_cancels_the_work() -> None:
    work, stop = Work(), asyncio.Event()
    work.gate.clear()
    calling = asyncio.create_task(FOREVER.call_until_stopped(work, _transient, stop))
    await _until(lambda: work.calls == 1)

    calling.cancel()

    with pytest.raises(asyncio.CancelledError):
        await calling
    await _until(lambda: work.cancelled)
