from __future__ import annotations

from newsflow_runtime.watchdog import Watchdog


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_work_past_its_deadline_is_overdue_until_it_ends() -> None:
    clock = Clock()
    watchdog = Watchdog(clock)
    with watchdog.watching("nlp", deadline_seconds=30):
        clock.now += 10
        assert watchdog.overdue() == [] and await watchdog.healthy()
        clock.now += 25
        assert watchdog.overdue() == ["nlp"] and not await watchdog.healthy()
    assert watchdog.overdue() == [] and await watchdog.healthy()


def test_each_watch_keeps_its_own_deadline() -> None:
    clock = Clock()
    watchdog = Watchdog(clock)
    with watchdog.watching("publish", 5), watchdog.watching("nlp", 60):
        clock.now += 6
        assert watchdog.overdue() == ["publish"]
