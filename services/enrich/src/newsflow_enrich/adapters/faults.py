"""Faults injected on purpose, for the failure tests and the chaos suite: the real failure
a real Kafka client raises, at a point the test chooses. Off unless a setting turns it on."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiokafka.errors import KafkaTimeoutError

log = logging.getLogger(__name__)

T = TypeVar("T")


class InjectedFault(KafkaTimeoutError):  # type: ignore[misc]
    """Transient, as a broker that stops answering for a moment would be."""


def failing_sends(
    send: Callable[[T], Awaitable[None]], after: int | None, failures: int
) -> Callable[[T], Awaitable[None]]:
    """`send`, except that the `failures` sends following the first `after` ones fail."""
    if after is None:
        return send
    done = 0
    failed = 0

    async def sometimes_failing(item: T) -> None:
        nonlocal done, failed
        if done >= after and failed < failures:
            failed += 1
            log.warning("injected fault: send %d fails (%d of %d)", done + 1, failed, failures)
            raise InjectedFault("injected send failure")
        await send(item)
        done += 1

    return sometimes_failing
