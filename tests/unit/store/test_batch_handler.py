"""The batch handler with a fake database and a list for a dead-letter topic."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence

import pytest
from aiokafka.errors import TopicAuthorizationFailedError
from prometheus_client import CollectorRegistry

from newsflow_runtime.retry import RetryPolicy
from newsflow_schemas import EnrichedArticle
from newsflow_store.adapters import batch_handler
from newsflow_store.adapters.batch_handler import BatchHandler, DeadLetterFailed, StopRequested
from newsflow_store.domain import StoreBatch, to_rows
from newsflow_store.metrics import StoreMetrics
from tests.factories import enriched
from tests.unit.store.fakes import (
    FakeDeadLetters,
    FakeWriter,
    dead_lettered,
    eventually,
    handler_with,
    message,
    processed,
    sample,
)


async def test_valid_events_are_written_together_and_garbage_is_dead_lettered() -> None:
    writer = FakeWriter()
    handler, dead_letters, registry = handler_with(writer)
    first, second = enriched(), enriched()

    await handler.handle(
        [message(first), message(b"{nope", 1), message(second, 2)], asyncio.Event()
    )

    assert set(writer.stored) == {first.article_id, second.article_id}
    assert writer.attempts == 1
    [letter] = dead_letters.letters
    assert (letter.stage, letter.reason, letter.payload, letter.source_offset) == (
        "store",
        "invalid_enriched_article",
        "{nope",
        1,
    )
    assert sample(registry, "newsflow_store_rows_written_total", table="articles") == 2
    assert sample(registry, "newsflow_end_to_end_latency_seconds_count") == 2


async def test_a_transient_error_retries_the_same_batch_and_counts_each_retry() -> None:
    writer = FakeWriter(transient_failures=2)
    handler, dead_letters, registry = handler_with(writer)
    event = enriched()

    await handler.handle([message(event)], asyncio.Event())

    assert (writer.attempts, list(writer.stored), dead_letters.letters) == (
        3,
        [event.article_id],
        [],
    )
    assert sample(registry, "newsflow_store_write_retries_total") == 2
    retries = {"stage": "store", "operation": "database_write"}
    assert sample(registry, "newsflow_retries_total", **retries) == 2


async def test_transient_errors_are_retried_without_limit_while_the_service_runs() -> None:
    writer = FakeWriter(transient_failures=500)
    handler, dead_letters, registry = handler_with(writer)
    event = enriched()

    await handler.handle([message(event)], asyncio.Event())

    assert (writer.attempts, list(writer.stored), dead_letters.letters) == (
        501,
        [event.article_id],
        [],
    )
    assert sample(registry, "newsflow_store_write_retries_total") == 500


async def test_a_stop_while_the_database_is_down_leaves_the_batch_unwritten() -> None:
    writer = FakeWriter()
    writer.down = True
    handler, dead_letters, _ = handler_with(writer)
    stop = asyncio.Event()
    stop.set()

    with pytest.raises(StopRequested):
        await handler.handle([message(enriched())], stop)

    assert (writer.stored, writer.attempts, dead_letters.letters) == ({}, 1, [])


async def test_a_stop_ends_the_wait_between_retries_at_once() -> None:
    writer = FakeWriter()
    writer.down = True
    patient = RetryPolicy(None, None, wait_initial_seconds=60, wait_max_seconds=60)
    handler = BatchHandler(
        writer, FakeDeadLetters(), StoreMetrics.create(CollectorRegistry()), patient
    )
    stop = asyncio.Event()
    handling = asyncio.create_task(handler.handle([message(enriched())], stop))
    await eventually(lambda: writer.attempts >= 1)

    stop.set()
    async with asyncio.timeout(1):  # not the sixty seconds of the backoff
        with pytest.raises(StopRequested):
            await handling

    assert writer.stored == {}


async def test_a_refused_batch_is_split_until_only_the_culprits_are_dead_lettered() -> None:
    events = [enriched() for _ in range(64)]
    culprits = {events[5].article_id: "54000", events[40].article_id: "22021"}
    writer = FakeWriter(rejects=culprits)
    handler, dead_letters, registry = handler_with(writer)

    await handler.handle([message(e, offset) for offset, e in enumerate(events)], asyncio.Event())

    assert set(writer.stored) == {e.article_id for e in events} - set(culprits)
    letters = sorted(dead_letters.letters, key=lambda letter: letter.source_offset or 0)
    assert [(letter.reason, letter.source_offset, letter.key) for letter in letters] == [
        ("store_rejected", 5, events[5].article_id),
        ("store_rejected", 40, events[40].article_id),
    ]
    assert "SQLSTATE 54000" in letters[0].error and "SQLSTATE 22021" in letters[1].error
    assert letters[0].error_class == "RejectedWriteError"
    assert writer.attempts <= 1 + 2 * 2 * 6  # halving: two culprits, six levels, not 64 writes
    assert dead_lettered(registry, "store_rejected") == 2
    assert processed(registry, "stored") == 62 and processed(registry, "dead_lettered") == 2


async def test_an_error_in_our_own_code_dead_letters_only_the_article_it_struck() -> None:
    good, struck = enriched(), enriched()
    writer = FakeWriter(broken=frozenset({struck.article_id}))
    handler, dead_letters, registry = handler_with(writer)

    await handler.handle([message(good), message(struck, 1)], asyncio.Event())

    assert list(writer.stored) == [good.article_id]
    [letter] = dead_letters.letters
    assert (letter.reason, letter.error_class, letter.source_offset) == (
        "store_failed",
        "KeyError",
        1,
    )
    assert dead_lettered(registry, "store_failed") == 1


async def test_a_failure_to_make_rows_is_isolated_like_a_refusal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good, odd = enriched(), enriched()

    def to_rows_failing_on_odd(
        events: Sequence[EnrichedArticle], traces: Mapping[str, str | None]
    ) -> StoreBatch:
        if any(e.article_id == odd.article_id for e in events):
            raise ValueError("to_rows cannot cope")
        return to_rows(events, traces)

    monkeypatch.setattr(batch_handler, "to_rows", to_rows_failing_on_odd)
    writer = FakeWriter()
    handler, dead_letters, _ = handler_with(writer)

    await handler.handle([message(odd), message(good, 1)], asyncio.Event())

    assert list(writer.stored) == [good.article_id]
    assert [(x.reason, x.error_class) for x in dead_letters.letters] == [
        ("store_failed", "ValueError")
    ]


async def test_when_every_article_is_refused_each_is_dead_lettered_and_the_handler_returns() -> (
    None
):
    events = [enriched() for _ in range(8)]
    writer = FakeWriter(rejects={e.article_id: "23514" for e in events})
    handler, dead_letters, _ = handler_with(writer)

    await handler.handle([message(e, offset) for offset, e in enumerate(events)], asyncio.Event())

    assert writer.stored == {}
    assert sorted(x.source_offset or 0 for x in dead_letters.letters) == list(range(8))
    assert writer.attempts == 2 * 8 - 1  # every node of the halving tree, once


async def test_one_bad_event_holds_up_neither_its_batch_nor_the_next() -> None:
    bad, after = enriched(), enriched()
    writer = FakeWriter(rejects={bad.article_id: "54000"})
    handler, dead_letters, _ = handler_with(writer)

    await handler.handle([message(bad)], asyncio.Event())
    await handler.handle([message(bad, 1), message(after, 2)], asyncio.Event())  # a replay

    assert list(writer.stored) == [after.article_id]
    assert [x.source_offset for x in dead_letters.letters] == [0, 1]


async def test_a_dead_letter_the_broker_cannot_take_yet_is_retried() -> None:
    writer = FakeWriter(rejects={})
    handler, dead_letters, registry = handler_with(writer, FakeDeadLetters(transient_failures=3))

    await handler.handle([message(b"{nope")], asyncio.Event())

    assert (dead_letters.attempts, len(dead_letters.letters)) == (4, 1)
    retries = {"stage": "store", "operation": "dead_letter"}
    assert sample(registry, "newsflow_retries_total", **retries) == 3
    assert dead_lettered(registry, "invalid_enriched_article") == 1


async def test_a_dead_letter_the_broker_refuses_leaves_the_batch_not_durable() -> None:
    bad, good = enriched(), enriched()
    dead_letters = FakeDeadLetters()
    dead_letters.permanent = TopicAuthorizationFailedError()
    handler, _, registry = handler_with(FakeWriter(rejects={bad.article_id: "54000"}), dead_letters)

    with pytest.raises(DeadLetterFailed):
        await handler.handle([message(good), message(bad, 1)], asyncio.Event())

    assert (dead_letters.attempts, dead_letters.letters) == (1, [])
    assert dead_lettered(registry, "store_rejected") == 0


async def test_a_stop_while_the_dead_letter_topic_is_down_leaves_the_batch_uncommitted() -> None:
    dead_letters = FakeDeadLetters()
    dead_letters.down = True
    handler, _, _ = handler_with(FakeWriter(), dead_letters)
    stop = asyncio.Event()
    handling = asyncio.create_task(handler.handle([message(b"{nope")], stop))
    await eventually(lambda: dead_letters.attempts >= 3)

    stop.set()

    with pytest.raises(StopRequested):
        await asyncio.wait_for(handling, 1)
    assert dead_letters.letters == []


async def test_a_redelivered_event_counts_as_unchanged() -> None:
    writer = FakeWriter()
    handler, _, registry = handler_with(writer)
    event = enriched()

    await handler.handle([message(event)], asyncio.Event())
    await handler.handle([message(event, 1)], asyncio.Event())

    assert processed(registry, "stored") == 1
    assert processed(registry, "unchanged") == 1


async def test_preparing_a_batch_writes_and_publishes_nothing_until_it_is_stored() -> None:
    good = enriched()
    writer = FakeWriter()
    handler, dead_letters, registry = handler_with(writer)

    prepared = await handler.prepare([message(b"{garbage"), message(good, 1)])

    assert (writer.attempts, dead_letters.letters) == (0, [])
    await handler.store(prepared, asyncio.Event())
    assert list(writer.stored) == [good.article_id]
    assert [x.source_offset for x in dead_letters.letters] == [0]
    assert processed(registry, "stored") == 1
