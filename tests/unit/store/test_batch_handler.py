"""The batch handler with a fake database and a list for a dead-letter topic."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from prometheus_client import CollectorRegistry

from newsflow_schemas import DeadLetter, EnrichedArticle
from newsflow_store.adapters.batch_handler import (
    Backoff,
    BatchHandler,
    InboundMessage,
    StopRequested,
)
from newsflow_store.adapters.ports import RejectedWriteError, TransientWriteError, WriteResult
from newsflow_store.domain import StoreBatch
from newsflow_store.metrics import StoreMetrics
from tests.factories import enriched, raw_article

NO_WAIT = Backoff(first_seconds=0.0, max_seconds=0.0)


class FakeWriter:
    """Stores article ids; fails as told: a count of transient errors, and poisoned ids."""

    def __init__(self, transient_failures: int = 0, poisoned: frozenset[str] = frozenset()) -> None:
        self.stored: dict[str, datetime] = {}
        self.attempts = 0
        self._transient_failures = transient_failures
        self._poisoned = poisoned

    async def write(self, batch: StoreBatch) -> WriteResult:
        self.attempts += 1
        if self.attempts <= self._transient_failures:
            raise TransientWriteError("connection refused")
        if any(a.article_id in self._poisoned for a in batch.articles):
            raise RejectedWriteError("invalid byte sequence")
        new = {
            a.article_id: datetime.now(UTC)
            for a in batch.articles
            if a.article_id not in self.stored
        }
        self.stored |= new
        return WriteResult(stored_at=new)


def message(event: EnrichedArticle | bytes, offset: int = 0) -> InboundMessage:
    value = event if isinstance(event, bytes) else event.model_dump_json().encode()
    return InboundMessage("enriched", 0, offset, b"key", value)


def handler_with(writer: FakeWriter) -> tuple[BatchHandler, list[DeadLetter], CollectorRegistry]:
    letters: list[DeadLetter] = []

    async def publish(letter: DeadLetter) -> None:
        letters.append(letter)

    registry = CollectorRegistry()
    return BatchHandler(writer, publish, StoreMetrics.create(registry), NO_WAIT), letters, registry


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float:
    return registry.get_sample_value(name, labels) or 0.0


def processed(registry: CollectorRegistry, outcome: str) -> float:
    return sample(registry, "newsflow_articles_processed_total", stage="store", outcome=outcome)


async def test_valid_events_are_written_together_and_garbage_is_dead_lettered() -> None:
    writer = FakeWriter()
    handler, letters, registry = handler_with(writer)
    first, second = enriched(), enriched()

    await handler.handle(
        [message(first), message(b"{nope", 1), message(second, 2)], asyncio.Event()
    )

    assert set(writer.stored) == {first.article_id, second.article_id}
    assert writer.attempts == 1
    [letter] = letters
    assert (letter.stage, letter.reason, letter.payload, letter.source_offset) == (
        "store",
        "invalid_enriched_article",
        "{nope",
        1,
    )
    assert sample(registry, "newsflow_store_rows_written_total", table="articles") == 2
    assert sample(registry, "newsflow_end_to_end_latency_seconds_count") == 2


async def test_a_transient_error_retries_the_same_batch() -> None:
    writer = FakeWriter(transient_failures=2)
    handler, letters, registry = handler_with(writer)
    event = enriched()

    await handler.handle([message(event)], asyncio.Event())

    assert (writer.attempts, list(writer.stored), letters) == (3, [event.article_id], [])
    assert sample(registry, "newsflow_store_write_retries_total") == 2


async def test_a_stop_while_the_database_is_down_leaves_the_batch_unwritten() -> None:
    writer = FakeWriter(transient_failures=1_000)
    handler, _, _ = handler_with(writer)
    stop = asyncio.Event()
    stop.set()

    with pytest.raises(StopRequested):
        await handler.handle([message(enriched())], stop)

    assert writer.stored == {}


async def test_a_refused_batch_is_written_one_by_one_and_only_the_culprit_dead_lettered() -> None:
    poison = enriched(raw_article(body="bad \x00 byte"))
    good = enriched()
    writer = FakeWriter(poisoned=frozenset({poison.article_id}))
    handler, letters, registry = handler_with(writer)

    await handler.handle([message(good), message(poison, 1)], asyncio.Event())

    assert list(writer.stored) == [good.article_id]
    assert [(letter.reason, letter.source_offset) for letter in letters] == [("store_failed", 1)]
    assert (
        sample(registry, "newsflow_dead_letters_total", stage="store", reason="store_failed") == 1
    )


async def test_a_redelivered_event_counts_as_unchanged() -> None:
    writer = FakeWriter()
    handler, _, registry = handler_with(writer)
    event = enriched()

    await handler.handle([message(event)], asyncio.Event())
    await handler.handle([message(event, 1)], asyncio.Event())

    assert (
        sample(registry, "newsflow_articles_processed_total", stage="store", outcome="stored") == 1
    )
    outcome = {"stage": "store", "outcome": "unchanged"}
    assert sample(registry, "newsflow_articles_processed_total", **outcome) == 1
