"""Turns one batch of Kafka messages into database writes and dead letters.

`handle` returns only once every message is stored or dead-lettered; otherwise it raises,
and the batch must stay uncommitted:
- a transient write error (the database, not the data) is retried with backoff for as long
  as the service runs; a stop ends the retrying with StopRequested;
- any other error is the data's or our own code's: the batch is split in halves until the
  articles at fault stand alone, and only they are dead-lettered;
- a dead letter is published with the same patience for the broker; when it cannot be,
  DeadLetterFailed says that the batch is not durable.

`prepare` (decode, make the rows) and `store` (write, dead-letter) are apart so that the
consumer loop can prepare the next batch while this one is written (`adapters/overlap.py`);
`handle` is the two in turn.

Knows nothing of aiokafka or psycopg: the consumer loop hands it plain messages, and it
talks to the database through a BatchWriter, so tests can run it with fakes."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from newsflow_runtime.dead_letters import dead_letter
from newsflow_runtime.envelope import InboundMessage
from newsflow_runtime.kafka import is_transient as kafka_is_transient
from newsflow_runtime.retry import RetryPolicy, StopRequested
from newsflow_runtime.tracing import trace_id
from newsflow_schemas import DeadLetter, EnrichedArticle
from newsflow_store.adapters.overlap import rows_in_slices, slices
from newsflow_store.adapters.ports import (
    BatchWriter,
    RejectedWriteError,
    TransientWriteError,
    WriteResult,
)
from newsflow_store.domain import StoreBatch, to_rows
from newsflow_store.metrics import StoreMetrics

__all__ = ["STORE_RETRY", "BatchHandler", "DeadLetterFailed", "PreparedBatch", "StopRequested"]

log = logging.getLogger(__name__)

PublishDeadLetter = Callable[[DeadLetter], Awaitable[None]]
Decoded = tuple[InboundMessage, EnrichedArticle]

# Until the database or the broker is back, or the service is stopped.
STORE_RETRY = RetryPolicy(
    attempts=None, timeout_seconds=None, wait_initial_seconds=0.5, wait_max_seconds=10.0
)


class DeadLetterFailed(Exception):
    """A dead letter could not be published: the batch is not durable, so not committable."""


@dataclass(frozen=True)
class PreparedBatch:
    """A batch decoded, with the rows of its valid events (None when making them failed:
    `store` then finds the events at fault). Immutable: a replay stores it again."""

    size: int
    decoded: Sequence[Decoded]
    invalid: Sequence[tuple[InboundMessage, ValidationError]]
    rows: StoreBatch | None
    seconds: float


class BatchHandler:
    def __init__(
        self,
        writer: BatchWriter,
        publish_dead_letter: PublishDeadLetter,
        metrics: StoreMetrics,
        retry: RetryPolicy = STORE_RETRY,
    ) -> None:
        self._writer = writer
        self._publish_dead_letter = publish_dead_letter
        self._metrics = metrics
        self._retry = retry

    async def handle(self, messages: Sequence[InboundMessage], stop: asyncio.Event) -> None:
        """Returns once every message is stored or dead-lettered; raises StopRequested or
        DeadLetterFailed if not."""
        await self.store(await self.prepare(messages), stop)

    async def prepare(self, messages: Sequence[InboundMessage]) -> PreparedBatch:
        """Decodes the messages and makes their rows, a slice at a time (giving the event
        loop back in between, for the write of the batch before). Writes and publishes
        nothing."""
        started = time.perf_counter()
        decoded: list[Decoded] = []
        invalid: list[tuple[InboundMessage, ValidationError]] = []
        async for part in slices(messages):
            for message in part:
                try:
                    decoded.append((message, EnrichedArticle.model_validate_json(message.value)))
                except ValidationError as error:
                    invalid.append((message, error))
        rows = await self._rows(decoded)
        return PreparedBatch(len(messages), decoded, invalid, rows, time.perf_counter() - started)

    async def store(self, batch: PreparedBatch, stop: asyncio.Event) -> None:
        """Writes a prepared batch and dead-letters what cannot be stored; raises
        StopRequested or DeadLetterFailed if that is not done."""
        started = time.perf_counter()
        for message, error in batch.invalid:
            await self._reject(message, "invalid_enriched_article", error, stop)
        await self._store(batch.decoded, stop, batch.rows)
        seconds = batch.seconds + time.perf_counter() - started
        self._metrics.stage.batch_done(batch.size, seconds)

    async def _rows(self, pairs: Sequence[Decoded]) -> StoreBatch | None:
        try:
            return await rows_in_slices(*_events_and_traces(pairs), to_rows)
        except Exception:  # An event our code cannot cope with: `_store` isolates it.
            return None

    async def _store(
        self, pairs: Sequence[Decoded], stop: asyncio.Event, rows: StoreBatch | None = None
    ) -> None:
        """Stores every article it can and dead-letters the ones that cannot be stored.
        rows: the pairs' rows, if made already."""
        if not pairs:
            return
        error = await self._try_write(pairs, stop, rows)
        if error is None:
            return
        if len(pairs) == 1:
            await self._reject(pairs[0][0], _reason(error), error, stop)
            return
        log.warning("a batch of %d was refused (%s); splitting it", len(pairs), error)
        middle = len(pairs) // 2
        await self._store(pairs[:middle], stop)
        await self._store(pairs[middle:], stop)

    async def _try_write(
        self, pairs: Sequence[Decoded], stop: asyncio.Event, rows: StoreBatch | None
    ) -> Exception | None:
        """None once written; else the error, which no retry would cure."""
        try:
            await self._write(pairs, stop, rows)
        except StopRequested:
            raise
        except Exception as error:  # The data's fault or our code's: never the service's end.
            return error
        return None

    async def _write(
        self, pairs: Sequence[Decoded], stop: asyncio.Event, rows: StoreBatch | None
    ) -> None:
        events, traces = _events_and_traces(pairs)
        batch = rows if rows is not None else to_rows(events, traces)
        result = await self._retry.call_until_stopped(
            lambda: self._writer.write(batch), _is_transient_write, stop, self._database_retry
        )
        self._observe(events, result)

    def _database_retry(self, error: Exception) -> None:
        log.warning("database unavailable, retrying the batch: %s", error)
        self._metrics.write_retries.inc()
        self._metrics.stage.retried("database_write")

    def _observe(self, events: Sequence[EnrichedArticle], result: WriteResult) -> None:
        self._metrics.stage.count("stored", len(result.stored_at))
        self._metrics.stage.count("unchanged", len(events) - len(result.stored_at))
        ingested_at = {event.article_id: event.article.ingested_at for event in events}
        for article_id, stored_at in result.stored_at.items():
            self._metrics.stored(ingested_at[article_id], stored_at)
        self._metrics.wrote("articles", len(result.stored_at))
        self._metrics.wrote("entities", result.entities_inserted)
        self._metrics.wrote("article_entities", result.links_written)

    async def _reject(
        self, message: InboundMessage, reason: str, error: Exception, stop: asyncio.Event
    ) -> None:
        where = f"{message.topic}/{message.partition}@{message.offset}"
        traceback = error if reason == "store_failed" else None  # a bug of ours: show where
        log.warning("dead-lettering %s (%s): %s", where, reason, error, exc_info=traceback)
        letter = dead_letter(message, stage="store", reason=reason, error=error)
        try:
            await self._retry.call_until_stopped(
                lambda: self._publish_dead_letter(letter),
                kafka_is_transient,
                stop,
                self._dead_letter_retry,
            )
        except StopRequested:
            raise
        except Exception as failure:
            raise DeadLetterFailed(f"cannot dead-letter {where}: {failure!r}") from failure
        self._metrics.stage.dead_lettered(reason)
        self._metrics.stage.count("dead_lettered")

    def _dead_letter_retry(self, error: Exception) -> None:
        log.warning("dead-letter topic unavailable, retrying: %r", error)
        self._metrics.stage.retried("dead_letter")


def _events_and_traces(
    pairs: Sequence[Decoded],
) -> tuple[list[EnrichedArticle], dict[str, str | None]]:
    # Each article keeps the trace it travelled with, so one query finds its journey.
    traces = {event.article_id: trace_id(message.traceparent) for message, event in pairs}
    return [event for _, event in pairs], traces


def _is_transient_write(error: Exception) -> bool:
    return isinstance(error, TransientWriteError)


def _reason(error: Exception) -> str:
    """store_rejected: the database refused the article; store_failed: our own code did."""
    return "store_rejected" if isinstance(error, RejectedWriteError) else "store_failed"
