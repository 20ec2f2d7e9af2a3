"""Enrich's metrics: the stage bundle plus what only enrichment knows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

from newsflow_enrich.domain.language import UNDETERMINED, runs_english_ner
from newsflow_runtime.metrics import (
    ConsumerLag,
    StageMetrics,
    package_version,
    register_build_info,
)
from newsflow_schemas import EnrichedArticle
from newsflow_schemas.validation import REASONS

SENTIMENT_BUCKETS = (-1.0, -0.75, -0.5, -0.25, -0.05, 0.05, 0.25, 0.5, 0.75, 1.0)
# The reasons the batch handler dead-letters with; they start at zero for rate() and alerts.
DEAD_LETTER_REASONS = (*REASONS, "enrichment_failed", "enriched_too_large")
# Every article reaches enrich on the raw topic, whichever door it came in by, so enrich is
# where each is counted once. The door is RawArticle.source's prefix: a few values, never
# the source itself. Anything else was produced to the topic directly.
SOURCE_KINDS = ("http", "file", "feed", "watch")
DIRECT = "kafka"
# enriched; invalid: refused by ingest's rules (bad input); failed: any other dead letter.
RECEIVED_OUTCOMES = ("enriched", "invalid", "failed")
# Whether the producer's RawArticle.language (or its default, "en") names the language
# detected; undetermined: the text was too short or bare to tell.
LANGUAGE_CLAIMS = ("agrees", "differs", "undetermined")


def source_kind(source: object) -> str:
    """'file:a.txt' -> 'file', 'http' -> 'http', 'my-scraper' -> 'kafka'."""
    prefix = str(source).split(":", 1)[0] if isinstance(source, str) else ""
    return prefix if prefix in SOURCE_KINDS else DIRECT


def source_kind_of(value: bytes | str | None) -> str:
    """The door of a message that may not even be an article: its JSON's `source`."""
    try:
        decoded = json.loads(value) if value is not None else None
    except (ValueError, RecursionError):  # not JSON, or nested too deep to read
        return DIRECT
    return source_kind(decoded.get("source") if isinstance(decoded, dict) else None)


@dataclass(frozen=True)
class EnrichMetrics:
    stage: StageMetrics
    entities: Counter
    sentiment: Histogram
    lag: ConsumerLag
    received: Counter
    languages: Counter
    language_claims: Counter
    stories: Counter
    rewinds: Counter

    @classmethod
    def create(cls, registry: CollectorRegistry, model: str = "") -> EnrichMetrics:
        """`model`: the NER model package, named in newsflow_build_info with its version."""
        model_label = f"{model}=={package_version(model)}" if model else ""
        register_build_info(registry, "enrich", package_version("newsflow-enrich"), model_label)
        return cls(
            stage=StageMetrics.create(registry, "enrich", DEAD_LETTER_REASONS),
            entities=Counter(
                "newsflow_entities_total",
                "Entity mentions found, by entity label.",
                ["label"],
                registry=registry,
            ),
            sentiment=Histogram(
                "newsflow_document_sentiment",
                "Document sentiment compound scores.",
                buckets=SENTIMENT_BUCKETS,
                registry=registry,
            ),
            lag=ConsumerLag(registry, "enrich"),
            received=_received(registry),
            languages=Counter(
                "newsflow_articles_by_language_total",
                "Articles enriched, by detected language, and whether the English NER ran.",
                ["language", "ner"],
                registry=registry,
            ),
            language_claims=_outcome_counter(
                registry,
                "newsflow_language_claims_total",
                "Articles enriched, by whether the producer's language claim matches the "
                "detected one.",
                LANGUAGE_CLAIMS,
            ),
            stories=_outcome_counter(
                registry,
                "newsflow_story_assignments_total",
                "Articles given a story: created (the first of a new story) or joined (an open "
                "one).",
                ("created", "joined"),
            ),
            rewinds=_rewinds(registry),
        )

    def count_received(self, article: EnrichedArticle) -> None:
        """Counted where each message leaves enrich, so that one message counts once."""
        self.received.labels(source=source_kind(article.article.source), outcome="enriched").inc()

    def count_dead_lettered(self, value: bytes | str | None, reason: str) -> None:
        outcome = "invalid" if reason in REASONS else "failed"
        self.received.labels(source=source_kind_of(value), outcome=outcome).inc()

    def observe(self, article: EnrichedArticle) -> None:
        for entity in article.entities:
            self.entities.labels(label=entity.label).inc()
        self.sentiment.observe(article.sentiment.compound)
        self._observe_language(article)
        if article.story_id is not None:
            founded = article.story_id == article.article_id
            self.stories.labels(outcome="created" if founded else "joined").inc()

    def _observe_language(self, article: EnrichedArticle) -> None:
        # The detector answers from a fixed list of about 140 codes: a bounded label.
        language = article.language or UNDETERMINED
        ner = "english" if runs_english_ner(language) else "skipped"
        self.languages.labels(language=language, ner=ner).inc()
        claim = "agrees" if article.article.language == language else "differs"
        self.language_claims.labels(
            outcome="undetermined" if language == UNDETERMINED else claim
        ).inc()


def _rewinds(registry: CollectorRegistry) -> Counter:
    counter = Counter(
        "newsflow_partition_rewinds_total",
        "Owned partitions sought back to an offset never handled: stalled (behind, unread, "
        "uncommitted) or hole (a later event handed over first) (docs/reliability.md).",
        ["stage", "reason"],
        registry=registry,
    )
    for reason in ("stalled", "hole"):  # every series starts at zero for increase()
        counter.labels(stage="enrich", reason=reason)
    return counter


def _received(registry: CollectorRegistry) -> Counter:
    counter = Counter(
        "newsflow_articles_received_total",
        "Articles read from the raw topic, by the door they came in by and outcome.",
        ["source", "outcome"],
        registry=registry,
    )
    for kind in (*SOURCE_KINDS, DIRECT):  # every series starts at zero for rate() and increase()
        for outcome in RECEIVED_OUTCOMES:
            counter.labels(source=kind, outcome=outcome)
    return counter


def _outcome_counter(
    registry: CollectorRegistry, name: str, documentation: str, outcomes: Iterable[str]
) -> Counter:
    """A counter by outcome whose every series starts at zero, for rate() and increase()."""
    counter = Counter(name, documentation, ["outcome"], registry=registry)
    for outcome in outcomes:
        counter.labels(outcome=outcome)
    return counter
