"""The batch handler with fake publishing: the agent's logic without Faust or Kafka."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from prometheus_client import CollectorRegistry

from newsflow_enrich.adapters.batch_handler import BatchHandler
from newsflow_enrich.domain import Enricher
from newsflow_enrich.metrics import EnrichMetrics
from newsflow_runtime.envelope import InboundMessage
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
