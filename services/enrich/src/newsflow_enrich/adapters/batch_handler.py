"""Turns one batch of raw Kafka messages into enriched events and dead letters.

Every message of a batch leaves by one of three exits: its enriched event is on the topic,
or its dead letter is, or `handle` raises BatchFailed and nothing of the batch may be acked.
Transient failures are retried first; a failure tied to one article dead-letters that article.

Knows nothing of Faust: the agent hands it plain messages and publish functions, which keeps
it testable with fakes and reusable by another stream runtime."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from newsflow_enrich.domain import Enricher
from newsflow_enrich.metrics import EnrichMetrics
from newsflow_runtime.dead_letters import dead_letter
from newsflow_runtime.envelope import InboundMessage
from newsflow_runtime.kafka import is_too_large, is_transient
from newsflow_runtime.retry import RetryPolicy
from newsflow_runtime.watchdog import Watchdog
from newsflow_schemas import DeadLetter, EnrichedArticle, RawArticle
from newsflow_schemas.raw_article import read_raw_article
from newsflow_schemas.validation import InputRefused

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
Publish = Callable[[EnrichedArticle], Awaitable[None]]
PublishDeadLetter = Callable[[DeadLetter], Awaitable[None]]
Pair = tuple[InboundMessage, RawArticle]


class BatchFailed(Exception):
    """The batch could not be made durable: ack none of it, so that it is redelivered."""


class NearDuplicateFinder(Protocol):
    async def earlier_duplicates(self, articles: Sequence[RawArticle]) -> dict[str, str]:
        """{article_id: duplicate_of} for those articles that nearly duplicate earlier ones."""
        ...


class NoNearDuplicates:
    async def earlier_duplicates(self, articles: Sequence[RawArticle]) -> dict[str, str]:
        return {}


class StoryAssigner(Protocol):
    async def assign(self, articles: Sequence[EnrichedArticle]) -> dict[str, str]:
        """{article_id: story_id}, the same on every worker (docs/stories.md)."""
        ...


class NoStories:
    async def assign(self, articles: Sequence[EnrichedArticle]) -> dict[str, str]:
        return {}


@dataclass(frozen=True)
class PreparedBatch:
    size: int  # messages taken, the dead-lettered included
    enriched: list[tuple[InboundMessage, EnrichedArticle]]
    started: float  # perf_counter() when the batch was taken


@dataclass(frozen=True)
class Resilience:
    """How hard the handler tries before it gives up on a batch, and when it looks stuck."""

    retry: RetryPolicy = field(default_factory=RetryPolicy)
    watchdog: Watchdog = field(default_factory=Watchdog)
    nlp_deadline_seconds: float = 300.0


class BatchHandler:
    def __init__(
        self,
        enricher: Enricher,
        executor: Executor,
        publish: Publish,
        publish_dead_letter: PublishDeadLetter,
        metrics: EnrichMetrics,
        near_duplicates: NearDuplicateFinder | None = None,
        resilience: Resilience | None = None,
        stories: StoryAssigner | None = None,
    ) -> None:
        self._near_duplicates = near_duplicates or NoNearDuplicates()
        self._stories = stories or NoStories()
        self._enricher = enricher
        self._executor = executor
        self._publish = publish
        self._publish_dead_letter = publish_dead_letter
        self._metrics = metrics
        self._resilience = resilience or Resilience()

    async def handle(self, messages: Sequence[InboundMessage]) -> None:
        """Returns once every message is published or dead-lettered; else raises BatchFailed."""
        await self.complete(await self.prepare(messages))

    async def prepare(self, messages: Sequence[InboundMessage]) -> PreparedBatch:
        """The batch decoded and enriched, its bad messages dead-lettered: nothing of it is
        published yet, and nothing here depends on the batches before it."""
        started = time.perf_counter()
        valid = [pair for pair in [await self._decode(m) for m in messages] if pair]
        return PreparedBatch(len(messages), await self._enrich_all(valid), started)

    async def complete(self, batch: PreparedBatch) -> None:
        """Publishes a prepared batch. The signature and story logs must see batches in the
        order they are acked in: complete one batch at a time, in the order taken."""
        done = batch.enriched
        articles = [e.article for _, e in done]
        originals = await self._durably(
            "near_duplicates", lambda: self._near_duplicates.earlier_duplicates(articles)
        )
        story_ids = await self._durably(
            "stories", lambda: self._stories.assign([e for _, e in done])
        )
        await self._publish_all([(m, _flagged(e, originals, story_ids)) for m, e in done])
        self._metrics.stage.batch_done(batch.size, time.perf_counter() - batch.started)

    async def _publish_all(self, done: list[tuple[InboundMessage, EnrichedArticle]]) -> None:
        outcomes = await asyncio.gather(
            *(self._publish_one(m, e) for m, e in done), return_exceptions=True
        )
        _raise_first_failure(outcomes)
        # The producer puts a partition's events into one record batch, and a topic that
        # finds the batch too large fails every event in it. Each is sent again on its own,
        # one at a time: only an event too large alone is dead-lettered.
        for (message, article), sent in zip(done, outcomes, strict=True):
            if sent is False:
                await self._publish_one(message, article, alone=True)

    async def _decode(self, message: InboundMessage) -> Pair | None:
        """Ingest's rules, with its reasons: what ingest would refuse is dead-lettered."""
        try:
            return message, read_raw_article(message.value)
        except InputRefused as refused:
            await self._reject(message, refused.reason, str(refused))
            return None

    async def _enrich_all(self, pairs: list[Pair]) -> list[tuple[InboundMessage, EnrichedArticle]]:
        """The articles enriched; those that failed on their own are dead-lettered."""
        if not pairs:
            return []
        try:
            enriched = await self._off_loop(self._enricher.enrich_batch, [a for _, a in pairs])
            return list(zip([m for m, _ in pairs], enriched, strict=True))
        except Exception:
            log.exception("batch enrichment failed; retrying article by article")
        alone = [(m, await self._enrich_alone(a)) for m, a in pairs]
        failures = [(m, o) for m, o in alone if isinstance(o, Exception)]
        if len(pairs) > 1 and len(failures) == len(pairs):
            # Every article failing on its own points at the worker, not at the articles.
            raise BatchFailed("every article of the batch failed enrichment") from failures[0][1]
        for message, error in failures:
            await self._reject(message, "enrichment_failed", error)
        return [(m, o) for m, o in alone if isinstance(o, EnrichedArticle)]

    async def _enrich_alone(self, article: RawArticle) -> EnrichedArticle | Exception:
        try:
            return await self._off_loop(self._enricher.enrich, article)
        except Exception as error:
            return error

    async def _publish_one(
        self, message: InboundMessage, article: EnrichedArticle, alone: bool = False
    ) -> bool:
        """False if the topic refused it as too large among others: to be sent alone."""
        try:
            await self._durably("publish", lambda: self._publish(article))
        except BatchFailed as failure:
            if not is_too_large(failure.__cause__ or failure):
                raise
            if not alone:
                return False
            await self._reject(message, "enriched_too_large", failure.__cause__ or failure)
            return True
        self._metrics.observe(article)
        self._metrics.stage.count("enriched")
        self._metrics.count_received(article)
        return True

    async def _off_loop(self, function: Callable[[T], R], argument: T) -> R:
        # spaCy holds the CPU for whole seconds; off the loop, Kafka heartbeats keep going.
        deadline = self._resilience.nlp_deadline_seconds
        with self._resilience.watchdog.watching("nlp", deadline):
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor, function, argument)

    async def _durably(self, operation: str, work: Callable[[], Awaitable[T]]) -> T:
        """Runs `work` under the retry policy; whatever it cannot finish fails the batch."""
        resilience = self._resilience
        with resilience.watchdog.watching(operation, resilience.retry.timeout_seconds or 60.0):
            try:
                return await resilience.retry.call(
                    work, is_transient, lambda _: self._metrics.stage.retried(operation)
                )
            except Exception as error:
                log.error("%s failed for good: %r", operation, error)
                raise BatchFailed(f"{operation} failed: {error!r}") from error

    async def _reject(
        self, message: InboundMessage, reason: str, error: BaseException | str
    ) -> None:
        where = f"{message.topic}/{message.partition}@{message.offset}"
        log.warning("dead-lettering %s: %s", where, reason)
        letter = dead_letter(message, stage="enrich", reason=reason, error=error)
        await self._durably("dead_letter", lambda: self._publish_dead_letter(letter))
        self._metrics.stage.dead_lettered(reason)
        self._metrics.stage.count("dead_lettered")
        self._metrics.count_dead_lettered(message.value, reason)


def _flagged(
    article: EnrichedArticle, originals: dict[str, str], story_ids: dict[str, str]
) -> EnrichedArticle:
    # The text travels once in the event as `text` and again as `article.body`; the
    # as-received copy stays on the raw topic, so the enriched event leaves it out.
    update: dict[str, object] = {
        "article": article.article.model_copy(update={"original_text": None})
    }
    if article.article_id in originals:
        update["duplicate_of"] = originals[article.article_id]
    if article.article_id in story_ids:
        update["story_id"] = story_ids[article.article_id]
    return article.model_copy(update=update)


def _raise_first_failure(outcomes: Sequence[object]) -> None:
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
