"""Every article's language is detected; only English goes through the English models."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from prometheus_client import CollectorRegistry

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.language import UNDETERMINED, Py3LangidDetector
from newsflow_enrich.metrics import EnrichMetrics
from newsflow_ingest.domain import parse_article_bytes
from newsflow_schemas import EnrichedArticle, RawArticle, SentimentLabel
from tests import factories
from tests.languages import ARABIC, ENGLISH, EXPECTED, GERMAN, RUSSIAN


def posted(text: str) -> RawArticle:
    """As ingest takes it in plain text: with no language given, the claim is "en"."""
    return parse_article_bytes(text.encode(), source="http", ingested_at=datetime.now(UTC))


@pytest.fixture(scope="module")
def detector() -> Py3LangidDetector:
    return Py3LangidDetector()


@pytest.mark.parametrize("text", list(EXPECTED), ids=list(EXPECTED.values()))
def test_a_posted_article_is_detected_in_its_language(
    detector: Py3LangidDetector, text: str
) -> None:
    assert detector.detect(posted(text).text) == EXPECTED[text]


def test_varieties_count_as_their_macrolanguage(detector: Py3LangidDetector) -> None:
    # Alone, py3langid puts this headline a little nearer Moroccan Arabic (ary) than Arabic.
    assert detector.detect("الحكومة تقر ميزانية العام المقبل") == "ar"


@pytest.mark.parametrize("text", ["", "\U0001f389\U0001f525", "12345 678", "w" * 100_000])
def test_text_with_nothing_to_tell_by_is_undetermined(
    detector: Py3LangidDetector, text: str
) -> None:
    assert detector.detect(text) == UNDETERMINED


def test_too_little_text_is_undetermined_rather_than_guessed(detector: Py3LangidDetector) -> None:
    assert Py3LangidDetector(min_confidence=0.0).detect("Chaos poison") != "en"
    assert detector.detect("Chaos poison") == UNDETERMINED


def test_every_seed_article_is_english(enriched_seeds: dict[str, EnrichedArticle]) -> None:
    assert {e.language for e in enriched_seeds.values()} == {"en"}


def test_a_mixed_batch_keeps_its_order_and_reads_only_english_for_entities(
    enricher: Enricher,
) -> None:
    articles = [posted(t) for t in (RUSSIAN, ENGLISH, GERMAN, ARABIC)]
    batch = enricher.enrich_batch(articles)
    assert [e.article for e in batch] == articles
    assert [e.language for e in batch] == ["ru", "en", "de", "ar"]
    english = batch[1]
    assert english.entities and english.sentences
    assert english == enricher.enrich(articles[1]).model_copy(
        update={"enriched_at": english.enriched_at, "timings": english.timings}
    )


@pytest.mark.parametrize("text", [RUSSIAN, GERMAN, ARABIC], ids=["ru", "de", "ar"])
def test_another_language_is_stored_with_its_text_and_no_entities(
    enricher: Enricher, text: str
) -> None:
    article = posted(text)
    enriched = enricher.enrich(article)
    assert enriched.language == EXPECTED[text]
    assert enriched.article.language == "en"  # the producer's claim is kept as it came
    assert enriched.text == article.text
    assert not enriched.entities and not enriched.canonical_entities and not enriched.quotes
    assert not enriched.sentences
    assert enriched.sentiment.compound == 0.0
    assert enriched.sentiment.label is SentimentLabel.NEUTRAL


def test_short_undetermined_text_still_goes_through_the_english_ner(enricher: Enricher) -> None:
    enriched = enricher.enrich(factories.raw_article(body="Zelensky spoke in Kyiv."))
    assert enriched.language == UNDETERMINED
    assert {e.text for e in enriched.entities} >= {"Zelensky", "Kyiv"}


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    return registry.get_sample_value(name, labels)


def test_articles_are_counted_by_language_and_claim() -> None:
    registry = CollectorRegistry()
    metrics = EnrichMetrics.create(registry)
    claims = "newsflow_language_claims_total"
    assert sample(registry, claims, outcome="differs") == 0
    metrics.observe(factories.enriched(language="ru"))
    metrics.observe(factories.enriched(factories.raw_article(language="ru"), language="ru"))
    metrics.observe(factories.enriched(language="en"))
    metrics.observe(factories.enriched(language=UNDETERMINED))
    by_language = "newsflow_articles_by_language_total"
    assert sample(registry, by_language, language="ru", ner="skipped") == 2
    assert sample(registry, by_language, language="en", ner="english") == 1
    assert sample(registry, by_language, language="und", ner="english") == 1
    assert sample(registry, claims, outcome="differs") == 1
    assert sample(registry, claims, outcome="agrees") == 2
    assert sample(registry, claims, outcome="undetermined") == 1
