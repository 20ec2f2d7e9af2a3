"""Turns one batch of Kafka messages into one database write, plus dead letters.

Knows nothing of aiokafka or psycopg: the consumer loop hands it plain messages, and it
talks to the database through a BatchWriter, so tests can run it with fakes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from newsflow_runtime.dead_letters import dead_letter
from newsflow_runtime.envelope import InboundMessage
from newsflow_runtime.tracing import trace_id
from newsflow_schemas import DeadLetter, EnrichedArticle
from newsflow_store.adapters.ports import (
    BatchWriter,
    RejectedWriteError,
    TransientWriteError,
    WriteResult,
)
from newsflow_store.domain import StoreBatch, to_rows
from newsflow_store.metrics import StoreMetrics

log = logging.getLogger(__name__)

PublishDeadLetter = Callable[[DeadLetter], Awaitable[None]]
Decoded = tuple["InboundMessage", EnrichedArticle]


class StopRequested(Exception):
    """Shutdown began while the database was unavailable: leave the batch uncommitted."""


@dataclass(frozen=True)
class Backoff:
    first_seconds: float = 0.5
    max_seconds: float = 30.0

    def delay(self, attempt: int) -> float:
        return float(min(self.max_seconds, self.first_seconds * 2**attempt))


class BatchHandler:
    def __init__(
        self,
        writer: BatchWriter,
        publish_dead_letter: PublishDeadLetter,
        metrics: StoreMetrics,
        backoff: Backoff | None = None,
    ) -> None:
        self._writer = writer
        self._publish_dead_letter = publish_dead_letter
        self._metrics = metrics
        self._backoff = backoff or Backoff()

    async def handle(self, messages: Sequence[InboundMessage], stop: asyncio.Event) -> None:
        """Returns once every message is stored or dead-lettered; raises StopRequested if not."""
        started = time.perf_counter()
        decoded = [pair for pair in [await self._decode(m) for m in messages] if pair]
        if decoded:
            try:
                await self._write(decoded, stop)
            except RejectedWriteError:
                log.exception("batch of %d refused; writing one at a time", len(decoded))
                for pair in decoded:
                    await self._write_one(pair, stop)
        self._metrics.stage.batch_done(len(messages), time.perf_counter() - started)

    async def _decode(self, message: InboundMessage) -> Decoded | None:
        try:
            return message, EnrichedArticle.model_validate_json(message.value)
        except ValidationError as error:
            await self._reject(message, "invalid_enriched_article", str(error))
            return None

    async def _write_one(self, pair: Decoded, stop: asyncio.Event) -> None:
        message, _ = pair
        try:
            await self._write([pair], stop)
        except RejectedWriteError as error:
            await self._reject(message, "store_failed", str(error))

    async def _write(self, decoded: Sequence[Decoded], stop: asyncio.Event) -> None:
        events = [event for _, event in decoded]
        # Each article keeps the trace it travelled with, so one query finds its journey.
        traces = {event.article_id: trace_id(message.traceparent) for message, event in decoded}
        result = await self._write_retrying(to_rows(events, traces), stop)
        self._observe(events, result)

    async def _write_retrying(self, batch: StoreBatch, stop: asyncio.Event) -> WriteResult:
        attempt = 0
        while True:
            try:
                return await self._writer.write(batch)
            except TransientWriteError as error:
                delay = self._backoff.delay(attempt)
                log.warning("database unavailable (%s); retrying in %.1fs", error, delay)
                self._metrics.write_retries.inc()
                if await _stopped_within(stop, delay):
                    raise StopRequested from error
                attempt += 1

    def _observe(self, events: Sequence[EnrichedArticle], result: WriteResult) -> None:
        self._metrics.stage.count("stored", len(result.stored_at))
        self._metrics.stage.count("unchanged", len(events) - len(result.stored_at))
        ingested_at = {event.article_id: event.article.ingested_at for event in events}
        for article_id, stored_at in result.stored_at.items():
            self._metrics.stored(ingested_at[article_id], stored_at)
        self._metrics.wrote("articles", len(result.stored_at))
        self._metrics.wrote("entities", result.entities_inserted)
        self._metrics.wrote("article_entities", result.links_written)

    async def _reject(self, message: InboundMessage, reason: str, error: str) -> None:
        where = f"{message.topic}/{message.partition}@{message.offset}"
        log.warning("dead-lettering %s: %s", where, reason)
        await self._publish_dead_letter(
            dead_letter(message, stage="store", reason=reason, error=error)
        )
        self._metrics.stage.dead_lettered(reason)
        self._metrics.stage.count("dead_lettered")


async def _stopped_within(stop: asyncio.Event, seconds: float) -> bool:
    if not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)
    return stop.is_set()
