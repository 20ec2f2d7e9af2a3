"""The batch handler with fake publishing: the agent's logic without Faust or Kafka."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import pytest
from aiokafka.errors import KafkaTimeoutError, MessageSizeTooLargeError
from prometheus_client import CollectorRegistry

from newsflow_enrich.adapters.batch_handler import BatchFailed, BatchHandler, Resilience
from newsflow_enrich.domain import Enricher
from newsflow_enrich.metrics import EnrichMetrics
from newsflow_runtime.envelope import InboundMessage
from newsflow_runtime.retry import RetryPolicy
from newsflow_runtime.watchdog import Watchdog
from newsflow_schemas import DeadLetter, EnrichedArticle, RawArticle
from tests import factories


class Recorder:
    def __init__(self) -> None:
        self.enriched: list[EnrichedArticle] = []
        self.dead: list[DeadLetter] = []

    async def publish(self, article: EnrichedArticle) -> None:
        self.enriched.append(article)

    async def publish_dead_letter(self, letter: DeadLetter) -> None:
        self.dead.append(letter)


class ExplodingEnricher:
    """Fails whole batches, and single articles whose body mentions 'poison'."""

    def __init__(self, real: Enricher) -> None:
        self._real = real

    def enrich_batch(self, articles: list[RawArticle]) -> list[EnrichedArticle]:
        raise RuntimeError("batch failed")

    def enrich(self, article: RawArticle) -> EnrichedArticle:
        if "poison" in article.body:
            raise ValueError("poison article")
        return self._real.enrich(article)


def message(value: bytes, offset: int = 0) -> InboundMessage:
    return InboundMessage(topic="raw", partition=0, offset=offset, key=b"k", value=value)


def handler_for(enricher: object, recorder: Recorder, registry: CollectorRegistry) -> BatchHandler:
    return BatchHandler(
        enricher,  # type: ignore[arg-type]
        ThreadPoolExecutor(1),
        recorder.publish,
        recorder.publish_dead_letter,
        EnrichMetrics.create(registry),
    )


def value(registry: CollectorRegistry, name: str, **labels: str) -> float:
    return registry.get_sample_value(name, labels) or 0.0


async def test_valid_messages_are_enriched_and_invalid_ones_dead_lettered(
    enricher: Enricher,
) -> None:
    recorder, registry = Recorder(), CollectorRegistry()
    good = factories.raw_article()
    await handler_for(enricher, recorder, registry).handle(
        [message(good.model_dump_json().encode()), message(b"not json", offset=1)]
    )
    assert [e.article for e in recorder.enriched] == [good]
    assert [(d.reason, d.source_offset, d.payload) for d in recorder.dead] == [
        ("invalid_raw_article", 1, "not json")
    ]
    assert (
        value(registry, "newsflow_dead_letters_total", stage="enrich", reason="invalid_raw_article")
        == 1
    )
    assert (
        value(registry, "newsflow_articles_processed_total", stage="enrich", outcome="enriched")
        == 1
    )


async def test_a_failing_batch_is_retried_one_by_one_to_isolate_the_poison(
    enricher: Enricher,
) -> None:
    recorder, registry = Recorder(), CollectorRegistry()
    good = factories.raw_article()
    poison = factories.raw_article(body="This is poison.")
    await handler_for(ExplodingEnricher(enricher), recorder, registry).handle(
        [message(good.model_dump_json().encode()), message(poison.model_dump_json().encode(), 1)]
    )
    assert [e.article for e in recorder.enriched] == [good]
    assert [d.reason for d in recorder.dead] == ["enrichment_failed"]
    assert "poison article" in recorder.dead[0].error


# What the handler does when publishing or its helpers fail: nothing of a batch is lost.

FAST = Resilience(retry=RetryPolicy(attempts=3, wait_initial_seconds=0.001, wait_max_seconds=0.01))


class FlakyPublisher(Recorder):
    """Fails the sends the test names, with the error it names, then behaves."""

    def __init__(self, failures: dict[str, list[Exception]]) -> None:
        super().__init__()
        self._failures = failures

    async def publish(self, article: EnrichedArticle) -> None:
        pending = self._failures.get(article.article.title, [])
        if pending:
            raise pending.pop(0)
        await super().publish(article)


def resilient_handler(
    enricher: object, recorder: Recorder, registry: CollectorRegistry, **kwargs: object
) -> BatchHandler:
    return BatchHandler(
        enricher,  # type: ignore[arg-type]
        ThreadPoolExecutor(1),
        recorder.publish,
        recorder.publish_dead_letter,
        EnrichMetrics.create(registry),
        resilience=FAST,
        **kwargs,  # type: ignore[arg-type]
    )


def encoded(*articles: RawArticle) -> list[InboundMessage]:
    return [message(a.model_dump_json().encode(), offset=i) for i, a in enumerate(articles)]


async def test_a_send_that_fails_once_is_retried_and_the_article_arrives(
    enricher: Enricher,
) -> None:
    first, second = factories.raw_article(), factories.raw_article()
    recorder, registry = FlakyPublisher({first.title: [KafkaTimeoutError()]}), CollectorRegistry()
    await resilient_handler(enricher, recorder, registry).handle(encoded(first, second))
    assert sorted(e.article.title for e in recorder.enriched) == sorted([first.title, second.title])
    assert recorder.dead == []
    assert value(registry, "newsflow_retries_total", stage="enrich", operation="publish") == 1


async def test_an_event_too_large_for_the_topic_is_dead_lettered_alone(enricher: Enricher) -> None:
    big, small = factories.raw_article(), factories.raw_article()
    # Too large in the batch, and again when sent on its own.
    recorder = FlakyPublisher({big.title: [MessageSizeTooLargeError(), MessageSizeTooLargeError()]})
    await resilient_handler(enricher, recorder, CollectorRegistry()).handle(encoded(big, small))
    assert [e.article.title for e in recorder.enriched] == [small.title]
    assert [(d.reason, d.source_offset) for d in recorder.dead] == [("enriched_too_large", 0)]


async def test_an_event_refused_only_in_a_too_large_record_batch_arrives_sent_alone(
    enricher: Enricher,
) -> None:
    # A record batch over the topic's limit fails every event in it, small ones too.
    first, second = factories.raw_article(), factories.raw_article()
    refused = {a.title: [MessageSizeTooLargeError()] for a in (first, second)}
    recorder = FlakyPublisher(refused)
    await resilient_handler(enricher, recorder, CollectorRegistry()).handle(encoded(first, second))
    assert sorted(e.article.title for e in recorder.enriched) == sorted([first.title, second.title])
    assert recorder.dead == []


async def test_a_send_that_keeps_failing_fails_the_batch_rather_than_lose_it(
    enricher: Enricher,
) -> None:
    article = factories.raw_article()
    recorder = FlakyPublisher({article.title: [KafkaTimeoutError() for _ in range(5)]})
    with pytest.raises(BatchFailed):
        await resilient_handler(enricher, recorder, CollectorRegistry()).handle(encoded(article))
    assert recorder.enriched == [] and recorder.dead == []


async def test_an_unexpected_error_while_sending_fails_the_batch_at_once(
    enricher: Enricher,
) -> None:
    article = factories.raw_article()
    recorder = FlakyPublisher({article.title: [RuntimeError("a bug"), RuntimeError("again")]})
    with pytest.raises(BatchFailed):
        await resilient_handler(enricher, recorder, CollectorRegistry()).handle(encoded(article))


async def test_a_dead_letter_that_cannot_be_sent_fails_the_batch(enricher: Enricher) -> None:
    class DeadLettersDown(Recorder):
        async def publish_dead_letter(self, letter: DeadLetter) -> None:
            raise KafkaTimeoutError()

    with pytest.raises(BatchFailed):
        await resilient_handler(enricher, DeadLettersDown(), CollectorRegistry()).handle(
            [message(b"not json")]
        )


async def test_near_duplicate_lookups_are_retried_when_the_log_is_slow(enricher: Enricher) -> None:
    class SlowOnce:
        calls = 0

        async def earlier_duplicates(self, articles: Sequence[RawArticle]) -> dict[str, str]:
            self.calls += 1
            if self.calls == 1:
                raise TimeoutError("log not caught up")
            return {articles[0].article_id: "0" * 32}

    recorder, article = Recorder(), factories.raw_article()
    handler = resilient_handler(enricher, recorder, CollectorRegistry(), near_duplicates=SlowOnce())
    await handler.handle(encoded(article))
    assert [e.duplicate_of for e in recorder.enriched] == ["0" * 32]


async def test_a_batch_where_every_article_fails_alone_is_a_worker_fault(
    enricher: Enricher,
) -> None:
    class Broken:
        def enrich_batch(self, articles: list[RawArticle]) -> list[EnrichedArticle]:
            raise MemoryError("model gone")

        def enrich(self, article: RawArticle) -> EnrichedArticle:
            raise RuntimeError("model gone")

    recorder = Recorder()
    with pytest.raises(BatchFailed):
        await resilient_handler(Broken(), recorder, CollectorRegistry()).handle(
            encoded(factories.raw_article(), factories.raw_article())
        )
    assert recorder.dead == []


async def test_the_enriched_event_carries_the_text_once_besides_the_body(
    enricher: Enricher,
) -> None:
    article = factories.raw_article(original_text="Title\n\nZelensky spoke in Kyiv.")
    recorder = Recorder()
    await resilient_handler(enricher, recorder, CollectorRegistry()).handle(encoded(article))
    [enriched] = recorder.enriched
    assert enriched.article.original_text is None
    assert enriched.article.body == article.body


async def test_an_nlp_call_past_its_deadline_shows_as_overdue(enricher: Enricher) -> None:
    release = threading.Event()

    class Hanging:
        def enrich_batch(self, articles: list[RawArticle]) -> list[EnrichedArticle]:
            release.wait(30)
            return [enricher.enrich(a) for a in articles]

    watchdog = Watchdog()
    resilience = Resilience(FAST.retry, watchdog, nlp_deadline_seconds=0.05)
    handler = BatchHandler(
        Hanging(),  # type: ignore[arg-type]
        ThreadPoolExecutor(1),
        Recorder().publish,
        Recorder().publish_dead_letter,
        EnrichMetrics.create(CollectorRegistry()),
        resilience=resilience,
    )
    task = asyncio.create_task(handler.handle(encoded(factories.raw_article())))
    for _ in range(500):  # polls for at most 10 s
        if watchdog.overdue() == ["nlp"]:
            break
        await asyncio.sleep(0.02)
    assert watchdog.overdue() == ["nlp"]
    assert not await watchdog.healthy()
    release.set()
    await task
    assert await watchdog.healthy()


async def test_each_article_carries_the_story_the_story_log_gave_it(enricher: Enricher) -> None:
    class TwoStories:
        def __init__(self) -> None:
            self.seen: list[str] = []

        async def assign(self, articles: Sequence[EnrichedArticle]) -> dict[str, str]:
            self.seen = [a.article_id for a in articles]
            return {articles[0].article_id: "a" * 32}

    stories, recorder, registry = TwoStories(), Recorder(), CollectorRegistry()
    first, second = factories.raw_article(), factories.raw_article()
    handler = resilient_handler(enricher, recorder, registry, stories=stories)
    await handler.handle(encoded(first, second))
    assert sorted(stories.seen) == sorted([first.article_id, second.article_id])
    by_id = {e.article_id: e.story_id for e in recorder.enriched}
    assert by_id == {first.article_id: "a" * 32, second.article_id: None}
    assert all(e.schema_version == 4 for e in recorder.enriched)
    assignments = "newsflow_story_assignments_total"
    assert value(registry, assignments, outcome="joined") == 1  # "a…a" is not its own id
    assert value(registry, assignments, outcome="created") == 0


async def test_the_first_article_of_a_story_counts_as_a_story_created(enricher: Enricher) -> None:
    class Founder:
        async def assign(self, articles: Sequence[EnrichedArticle]) -> dict[str, str]:
            return {a.article_id: a.article_id for a in articles}

    registry = CollectorRegistry()
    handler = resilient_handler(enricher, Recorder(), registry, stories=Founder())
    await handler.handle(encoded(factories.raw_article()))
    assert value(registry, "newsflow_story_assignments_total", outcome="created") == 1


async def test_a_story_log_that_never_answers_fails_the_batch(enricher: Enricher) -> None:
    class Down:
        async def assign(self, articles: Sequence[EnrichedArticle]) -> dict[str, str]:
            raise TimeoutError("story log not caught up")

    recorder = Recorder()
    handler = resilient_handler(enricher, recorder, CollectorRegistry(), stories=Down())
    with pytest.raises(BatchFailed):
        await handler.handle(encoded(factories.raw_article()))
    assert recorder.enriched == []  # nothing published, so nothing acked
