"""How much a chaos run publishes, over how long, and the pacing that spreads it out."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
BATCH_SIZES = {"http": 20, "cli": 50, "kcat": 25}


@dataclass(frozen=True)
class ChaosConfig:
    articles: int = 2000
    publish_seconds: float = 240.0
    drain_bound_seconds: float = 240.0  # after the last publish
    quiet_seconds: float = 60.0  # no restarts in the final minute
    keep: bool = False

    @classmethod
    def from_env(cls) -> ChaosConfig:
        env = os.environ
        return cls(
            articles=int(env.get("CHAOS_ARTICLES", cls.articles)),
            publish_seconds=float(env.get("CHAOS_PUBLISH_SECONDS", cls.publish_seconds)),
            drain_bound_seconds=float(env.get("CHAOS_DRAIN_SECONDS", cls.drain_bound_seconds)),
            keep=env.get("CHAOS_KEEP", "") not in ("", "0"),
        )


# By the sequence number's last digit: 40 % over HTTP, 30 % through the CLI, 30 % with kcat.
PATHS = ("http",) * 4 + ("cli",) * 3 + ("kcat",) * 3


def batches(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


async def paced(
    window_s: float, items: Sequence[T], send: Callable[[T], Awaitable[None]], shift: float = 0
) -> None:
    """Sends item i at i/n of the window (plus `shift` of a slot), or at once when late:
    one after another, so a batch held up by an outage holds up the rest of its path."""
    started = time.monotonic()
    for i, item in enumerate(items):
        due = started + window_s * (i + shift) / len(items)
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        await send(item)


async def scattered(
    window_s: float, items: Sequence[T], send: Callable[[T], Awaitable[None]], shift: float = 0.5
) -> None:
    """Like paced, but each item on its own: one retried for long holds up no other."""

    async def at(due: float, item: T) -> None:
        await asyncio.sleep(due)
        await send(item)

    slot = window_s / max(1, len(items))
    await asyncio.gather(*(at(slot * (i + shift), item) for i, item in enumerate(items)))
