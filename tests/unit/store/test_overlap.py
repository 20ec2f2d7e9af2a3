"""Preparing the next batch while this one is finished: same rows, same order, no skipping."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from datetime import timedelta

from newsflow_store.adapters.overlap import SLICE, overlapped, rows_in_slices
from newsflow_store.domain import to_rows
from tests.factories import canonical, enriched, quote, raw_article


async def test_rows_made_in_slices_are_the_rows_of_the_whole_batch() -> None:
    events = [
        enriched(canonical_entities=[canonical(f"Person {i}")], quotes=[quote("Yes.")])
        for i in range(2 * SLICE + 7)
    ]
    # An older and a newer version of one article, far apart in the batch: one row, the newer.
    article = raw_article()
    older = enriched(article, canonical_entities=[canonical("Old Name")])
    newer = enriched(
        article, canonical_entities=[canonical("New Name")], enriched_after=timedelta(9)
    )
    batch = [newer, *events, older]
    traces = {events[3].article_id: "4bf92f3577b34da6a3ce929d0e0e4736"}

    made = await rows_in_slices(batch, traces)

    assert made == to_rows(batch, traces)
    assert [e.name for e in made.entities if e.article_id == article.article_id] == ["New Name"]


async def test_the_next_batch_is_prepared_while_this_one_is_finished() -> None:
    log: list[str] = []
    second_prepared = asyncio.Event()

    async def prepare(item: int) -> str:
        log.append(f"prepare {item}")
        if item == 2:
            second_prepared.set()
        return f"rows {item}"

    async def finish(item: int, prepared: str) -> bool:
        log.append(f"finish {item} with {prepared}")
        if item == 1:
            await second_prepared.wait()  # a write the server is still working on
        log.append(f"finished {item}")
        return True

    await asyncio.wait_for(overlapped(numbers(3), prepare, finish), 5)

    assert log == [
        "prepare 1",
        "finish 1 with rows 1",
        "prepare 2",  # while 1 is being finished
        "finished 1",
        "finish 2 with rows 2",
        "finished 2",  # at once: this finish never waits, so 3 is prepared after it
        "prepare 3",
        "finish 3 with rows 3",
        "finished 3",
    ]


async def test_a_batch_prepared_when_finishing_stops_is_never_finished() -> None:
    prepared: list[int] = []
    finished: list[int] = []

    async def prepare(item: int) -> int:
        prepared.append(item)
        return item

    async def finish(item: int, _: int) -> bool:
        await asyncio.sleep(0.01)  # long enough for the next one to be prepared
        finished.append(item)
        return item < 2  # a stop while the second is finished

    await asyncio.wait_for(overlapped(numbers(5), prepare, finish), 5)

    assert finished == [1, 2]
    assert prepared == [1, 2, 3]


async def numbers(count: int) -> AsyncGenerator[int, None]:
    for item in range(1, count + 1):
        await asyncio.sleep(0)
        yield item
