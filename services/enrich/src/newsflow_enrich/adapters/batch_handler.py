"""Turns one batch of raw Kafka messages into enriched events and dead letters.

Knows nothing of Faust: the agent hands it plain messages and a publish function,
which keeps it testable with fakes and reusable by another stream runtime."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from typing import Protocol, TypeVar

from pydantic import ValidationError

from newsflow_enrich.domain import Enricher
from newsflow_enrich.metrics import EnrichMetrics
from newsflow_runtime.dead_letters import dead_letter
from newsflow_runtime.envelope import InboundMessage
from newsflow_schemas import DeadLetter, EnrichedArticle, RawArticle

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class NearDuplicateFinder(Protocol):
    async def earlier_duplicates(self, articles: Sequence[RawArticle]) -> dict[str, str]:
        """{article_id: duplicate_of} for those articles that nearly duplicate earlier ones."""
        ...


class NoNearDuplicates:
    async def earlier_duplicates(self, articles: Sequence[RawArticle]) -> dict[str, str]:
        return {}


Publish = Callable[[EnrichedArticle], Awaitable[None]]
PublishDeadLetter = Callable[[DeadLetter], Awaitable[None]]


class BatchHandler:
    def __init__(
        self,
        enricher: Enricher,
        executor: Executor,
        publish: Publish,
        publish_dead_letter: PublishDeadLetter,
        metrics: EnrichMetrics,
        near_duplicates: NearDuplicateFinder | None = None,
    ) -> None:
        self._near_duplicates = near_duplicates or NoNearDuplicates()
        self._enricher = enricher
        self._executor = executor
        self._publish = publish
        self._publish_dead_letter = publish_dead_letter
        self._metrics = metrics

    async def handle(self, messages: Sequence[InboundMessage]) -> None:
        started = time.perf_counter()
        valid = [pair for pair in [await self._decode(m) for m in messages] if pair]
        done = [enriched for _, enriched in await self._enrich_all(valid) if enriched is not None]
        for enriched in await self._flag_near_duplicates(done):
            await self._publish(enriched)
            self._metrics.observe(enriched)
            self._metrics.stage.count("enriched")
        self._metrics.stage.batch_done(len(messages), time.perf_counter() - started)

    async def _flag_near_duplicates(self, articles: list[EnrichedArticle]) -> list[EnrichedArticle]:
        originals = await self._near_duplicates.earlier_duplicates([e.article for e in articles])
        return [
            e.model_copy(update={"duplicate_of": originals[e.article_id]})
            if e.article_id in originals
            else e
            for e in articles
        ]

    async def _decode(self, message: InboundMessage) -> tuple[InboundMessage, RawArticle] | None:
        try:
            return message, RawArticle.model_validate_json(message.value)
        except ValidationError as error:
            await self._reject(message, "invalid_raw_article", str(error))
            return None

    async def _enrich_all(
        self, pairs: list[tuple[InboundMessage, RawArticle]]
    ) -> list[tuple[InboundMessage, EnrichedArticle | None]]:
        if not pairs:
            return []
        articles = [article for _, article in pairs]
        try:
            enriched = await self._off_loop(self._enricher.enrich_batch, articles)
            return list(zip([m for m, _ in pairs], enriched, strict=True))
        except Exception:
            log.exception("batch enrichment failed; retrying article by article")
            return [(m, await self._enrich_one(m, a)) for m, a in pairs]

    async def _enrich_one(
        self, message: InboundMessage, article: RawArticle
    ) -> EnrichedArticle | None:
        try:
            return await self._off_loop(self._enricher.enrich, article)
        except Exception as error:
            await self._reject(message, "enrichment_failed", repr(error))
            return None

    async def _off_loop(self, function: Callable[[T], R], argument: T) -> R:
        # spaCy holds the CPU for whole seconds; off the loop, Kafka heartbeats keep going.
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, argument)

    async def _reject(self, message: InboundMessage, reason: str, error: str) -> None:
        log.warning(
            "dead-lettering %s/%s@%s: %s", message.topic, message.partition, message.offset, reason
        )
        await self._publish_dead_letter(
            dead_letter(message, stage="enrich", reason=reason, error=error)
        )
        self._metrics.stage.dead_lettered(reason)
        self._metrics.stage.count("dead_lettered")
