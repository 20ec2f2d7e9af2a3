"""A library's warning repeated thousands of times a second (aiokafka while its broker is
down) is held back and counted; newsflow's own lines and info lines always pass."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from newsflow_runtime.logging import JsonFormatter, RepeatLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def lines(clock: Clock) -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter("ingest"))
    handler.addFilter(RepeatLimiter(window_s=10.0, clock=clock))
    loggers = [logging.getLogger(name) for name in ("aiokafka", "newsflow_ingest.x")]
    for logger in loggers:
        logger.addHandler(handler)
        logger.propagate = False
    yield stream
    for logger in loggers:
        logger.removeHandler(handler)
        logger.propagate = True


def logged(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_librarys_error_repeated_within_the_window_is_held_back_and_counted(
    lines: io.StringIO, clock: Clock
) -> None:
    kafka = logging.getLogger("aiokafka")
    for attempt in range(4000):
        clock.now += 0.001  # four seconds of a connection refused a millisecond
        kafka.error("Unable connect to node with id %s: %s", 1, f"attempt {attempt}")
    clock.now += 10.0
    kafka.error("Unable connect to node with id %s: %s", 1, "after the window")

    entries = logged(lines)
    assert [e["message"] for e in entries] == [
        "Unable connect to node with id 1: attempt 0",
        "Unable connect to node with id 1: after the window",
    ]
    assert "repeats_suppressed" not in entries[0]
    assert entries[1]["repeats_suppressed"] == 3999


def test_each_kind_of_message_has_its_own_window(lines: io.StringIO) -> None:
    kafka = logging.getLogger("aiokafka")
    for _ in range(3):
        kafka.error("Unable connect to node with id %s: %s", 1, "refused")
        kafka.error("Unable to update metadata from %s", [1])
        kafka.warning("Unable connect to node with id %s: %s", 1, "refused")
    assert len(logged(lines)) == 3


def test_newsflows_own_lines_and_a_librarys_info_lines_always_pass(lines: io.StringIO) -> None:
    ours, kafka = logging.getLogger("newsflow_ingest.x"), logging.getLogger("aiokafka")
    kafka.setLevel(logging.INFO)
    for _ in range(50):
        ours.warning("cannot publish now, asking the client to retry: %r", "timeout")
        kafka.info("Discovered coordinator %s", 1)
    kafka.setLevel(logging.NOTSET)
    assert len(logged(lines)) == 100


def test_kinds_whose_window_has_passed_are_forgotten_past_the_bound(clock: Clock) -> None:
    limiter = RepeatLimiter(window_s=10.0, clock=clock, max_kinds=100)
    for line in range(1000):  # variable text in the message: a kind per line
        clock.now += 1.0
        record = logging.makeLogRecord(
            {"name": "faust", "levelno": logging.WARNING, "msg": f"lag on partition {line}"}
        )
        assert limiter.filter(record)
    assert limiter.kinds_tracked <= 100
