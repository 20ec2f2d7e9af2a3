"""Preparing the next batch while the current one is written.

A batch costs the store's process CPU (decoding the events, making their rows) and then
PostgreSQL's (the write), one after the other: on a machine with a core for each, each
side idled half the time. `overlapped` prepares batch n + 1 while batch n is finished
(written, then committed), and `rows_in_slices` makes the rows a slice at a time, giving
the event loop back in between, so that the write's round trips go on meanwhile.

Nothing is committed out of turn: a batch is finished only after the one before it has
been, and a prepared batch that is never finished (a stop) is simply dropped, uncommitted,
for redelivery."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from typing import TypeVar

from newsflow_schemas import EnrichedArticle
from newsflow_store.domain import StoreBatch, in_write_order, to_rows

__all__ = ["SLICE", "overlapped", "rows_in_slices", "slices"]

Item = TypeVar("Item")
Prepared = TypeVar("Prepared")
Part = TypeVar("Part")

# Events per slice: 2 to 3 ms of the client's CPU (decoding an event takes about 0.5 ms). When
# the server answers, the write's next statement waits for the slice in hand to end, a dozen
# times a batch; a slice costs one turn of the event loop, some microseconds.
SLICE = 4

MakeRows = Callable[[Sequence[EnrichedArticle], Mapping[str, str | None]], StoreBatch]


async def overlapped(
    batches: AsyncGenerator[Item, None],
    prepare: Callable[[Item], Awaitable[Prepared]],
    finish: Callable[[Item, Prepared], Awaitable[bool]],
) -> None:
    """Finishes each batch in order, preparing the next one meanwhile; stops when the
    batches end or `finish` returns False."""
    upcoming = asyncio.ensure_future(_next(batches, prepare))
    try:
        while (current := await upcoming) is not None:
            upcoming = asyncio.ensure_future(_next(batches, prepare))
            if not await finish(*current):
                return
    finally:
        upcoming.cancel()
        await asyncio.wait({upcoming})
        with contextlib.suppress(RuntimeError):  # already closed by the cancellation
            await batches.aclose()


async def _next(
    batches: AsyncGenerator[Item, None], prepare: Callable[[Item], Awaitable[Prepared]]
) -> tuple[Item, Prepared] | None:
    item = await anext(batches, None)
    return None if item is None else (item, await prepare(item))


async def slices(items: Sequence[Part], size: int = SLICE) -> AsyncGenerator[Sequence[Part], None]:
    """The items a slice at a time, yielding to the event loop before each but the first."""
    for start in range(0, len(items), size):
        if start:
            await asyncio.sleep(0)
        yield items[start : start + size]


async def rows_in_slices(
    events: Sequence[EnrichedArticle],
    trace_ids: Mapping[str, str | None],
    make_rows: MakeRows = to_rows,
) -> StoreBatch:
    """`make_rows(events, trace_ids)`, made a slice at a time."""
    ordered = in_write_order(events)
    return StoreBatch.joined([make_rows(part, trace_ids) async for part in slices(ordered)])
