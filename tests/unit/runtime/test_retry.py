from __future__ import annotations

import pytest

from newsflow_runtime.retry import RetryPolicy

FAST = RetryPolicy(attempts=4, wait_initial_seconds=0.001, wait_max_seconds=0.002)


def _transient(error: Exception) -> bool:
    return isinstance(error, TimeoutError)


async def test_a_transient_failure_is_retried_until_the_work_succeeds() -> None:
    calls: list[int] = []
    retried: list[Exception] = []

    async def work() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise TimeoutError("broker away")
        return "done"

    assert await FAST.call(work, _transient, retried.append) == "done"
    assert len(calls) == 3 and len(retried) == 2


async def test_a_permanent_failure_is_raised_at_once() -> None:
    calls: list[int] = []

    async def work() -> None:
        calls.append(1)
        raise ValueError("bad data")

    with pytest.raises(ValueError):
        await FAST.call(work, _transient)
    assert calls == [1]


async def test_the_policy_gives_up_after_its_attempts_with_the_last_error() -> None:
    calls: list[int] = []

    async def work() -> None:
        calls.append(1)
        raise TimeoutError("still away")

    with pytest.raises(TimeoutError):
        await FAST.call(work, _transient)
    assert len(calls) == 4
