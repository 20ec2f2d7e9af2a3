"""A database and a dead-letter topic for the store's unit tests, failing as told."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

from aiokafka.errors import KafkaTimeoutError
from prometheus_client import CollectorRegistry

from newsflow_runtime.envelope import InboundMessage
from newsflow_runtime.retry import RetryPolicy
from newsflow_schemas import DeadLetter, EnrichedArticle
from newsflow_store.adapters.batch_handler import BatchHandler
from newsflow_store.adapters.ports import RejectedWriteError, TransientWriteError, WriteResult
from newsflow_store.domain import StoreBatch
from newsflow_store.metrics import StoreMetrics

# Forever, as in production, but without waiting between attempts.
NO_WAIT = RetryPolicy(
    attempts=None, timeout_seconds=None, wait_initial_seconds=0.0, wait_max_seconds=0.0
)


class FakeWriter:
    """Stores article ids. Fails as told: `transient_failures` times, or while `down`; for
    articles the database `rejects` (id to SQLSTATE); with our own bug on `broken` ones."""

    def __init__(
        self,
        transient_failures: int = 0,
        rejects: dict[str, str] | None = None,
        broken: frozenset[str] = frozenset(),
    ) -> None:
        self.stored: dict[str, datetime] = {}
        self.attempts = 0
        self.down = False
        self.open = asyncio.Event()  # cleared, a write hangs until it is set again
        self.open.set()
        self._transient_failures = transient_failures
        self._rejects = rejects or {}
        self._broken = broken

    async def write(self, batch: StoreBatch) -> WriteResult:
        self.attempts += 1
        await asyncio.sleep(0)  # a real write yields to the loop
        await self.open.wait()
        if self.down or self.attempts <= self._transient_failures:
            raise TransientWriteError("SQLSTATE 57P03 (CannotConnectNow): the database is starting")
        ids = [a.article_id for a in batch.articles]
        if refused := [self._rejects[i] for i in ids if i in self._rejects]:
            raise RejectedWriteError(f"SQLSTATE {refused[0]} (DataError): refused", refused[0])
        if any(i in self._broken for i in ids):
            raise KeyError("a bug of ours")
        new = {i: datetime.now(UTC) for i in ids if i not in self.stored}
        self.stored |= new
        return WriteResult(stored_at=new)


class FakeDeadLetters:
    """The dead-letter topic: a list. Fails `transient_failures` times with a broker timeout,
    or while `down`; or with `permanent` where set, once or, if `keep_refusing`, always."""

    def __init__(self, transient_failures: int = 0) -> None:
        self.letters: list[DeadLetter] = []
        self.attempts = 0
        self.down = False
        self.permanent: Exception | None = None
        self.keep_refusing = False
        self._transient_failures = transient_failures

    async def __call__(self, letter: DeadLetter) -> None:
        self.attempts += 1
        if self.down or self.attempts <= self._transient_failures:
            raise KafkaTimeoutError("no broker answered")
        if self.permanent is not None:
            error = self.permanent
            if not self.keep_refusing:
                self.permanent = None
            raise error
        self.letters.append(letter)


def message(event: EnrichedArticle | bytes, offset: int = 0, partition: int = 0) -> InboundMessage:
    value = event if isinstance(event, bytes) else event.model_dump_json().encode()
    key = None if isinstance(event, bytes) else event.article_id.encode()
    return InboundMessage("enriched", partition, offset, key, value)


def handler_with(
    writer: FakeWriter, dead_letters: FakeDeadLetters | None = None
) -> tuple[BatchHandler, FakeDeadLetters, CollectorRegistry]:
    registry = CollectorRegistry()
    dead_letters = dead_letters or FakeDeadLetters()
    handler = BatchHandler(writer, dead_letters, StoreMetrics.create(registry), NO_WAIT)
    return handler, dead_letters, registry


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float:
    return registry.get_sample_value(name, labels) or 0.0


def processed(registry: CollectorRegistry, outcome: str) -> float:
    return sample(registry, "newsflow_articles_processed_total", stage="store", outcome=outcome)


def dead_lettered(registry: CollectorRegistry, reason: str) -> float:
    return sample(registry, "newsflow_dead_letters_total", stage="store", reason=reason)


async def eventually(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Polls until `condition` holds; fails the test after `seconds`."""
    async with asyncio.timeout(seconds):
        while True:
            if condition():
                return
            await asyncio.sleep(0.005)
