"""Enriched events into the rows of the store's tables: pure, no database in sight."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from newsflow_schemas import EnrichedArticle
from newsflow_store.domain.entities import EntityRow, entity_rows


class ArticleRow(NamedTuple):
    article_id: str
    title: str
    standfirst: str
    body: str
    url: str | None
    source: str
    language: str
    published_at: datetime | None
    ingested_at: datetime
    enriched_at: datetime
    sentiment_compound: float
    sentiment_label: str
    ner_model: str
    ner_model_version: str
    schema_version: int
    duplicate_of: str | None
    trace_id: str | None
    event: str


class QuoteRow(NamedTuple):
    article_id: str
    position: int
    text: str
    start_offset: int
    end_offset: int
    speaker: str | None
    speaker_key: str | None


@dataclass(frozen=True)
class StoreBatch:
    """One row per article (newest enrichment wins), and its entities and quotes."""

    articles: tuple[ArticleRow, ...]
    entities: tuple[EntityRow, ...]
    quotes: tuple[QuoteRow, ...] = ()

    def restricted_to(self, article_ids: Collection[str]) -> StoreBatch:
        """Only these articles, with only their entities and quotes."""
        return StoreBatch(
            tuple(a for a in self.articles if a.article_id in article_ids),
            tuple(e for e in self.entities if e.article_id in article_ids),
            tuple(q for q in self.quotes if q.article_id in article_ids),
        )


def newest_per_article(events: Iterable[EnrichedArticle]) -> list[EnrichedArticle]:
    """Keeps the latest enrichment of each article; on a tie, the later delivery."""
    newest: dict[str, EnrichedArticle] = {}
    for event in events:
        kept = newest.get(event.article_id)
        if kept is None or event.enriched_at >= kept.enriched_at:
            newest[event.article_id] = event
    return list(newest.values())


def to_rows(
    events: Sequence[EnrichedArticle], trace_ids: Mapping[str, str | None] | None = None
) -> StoreBatch:
    """trace_ids: the W3C trace id each article's event arrived with, by article id."""
    # Sorted so that concurrent writers take row locks in the same order: no deadlocks.
    kept = sorted(newest_per_article(events), key=lambda event: event.article_id)
    traces = trace_ids or {}
    return StoreBatch(
        articles=tuple(_article_row(event, traces.get(event.article_id)) for event in kept),
        entities=tuple(row for event in kept for row in entity_rows(event)),
        quotes=tuple(row for event in kept for row in _quote_rows(event)),
    )


def _article_row(event: EnrichedArticle, trace_id: str | None) -> ArticleRow:
    article = event.article
    return ArticleRow(
        article_id=article.article_id,
        title=article.title,
        standfirst=article.standfirst,
        body=article.body,
        url=article.url,
        source=article.source,
        # The language enrich detected; an event from before detection (v2) has only
        # its producer's claim.
        language=event.language or article.language,
        published_at=article.published_at,
        ingested_at=article.ingested_at,
        enriched_at=event.enriched_at,
        sentiment_compound=event.sentiment.compound,
        sentiment_label=event.sentiment.label.value,
        ner_model=event.model.ner_model,
        ner_model_version=event.model.ner_model_version,
        schema_version=event.schema_version,
        duplicate_of=event.duplicate_of,
        trace_id=trace_id,
        event=event.model_dump_json(),
    )


def _quote_rows(event: EnrichedArticle) -> list[QuoteRow]:
    return [
        QuoteRow(event.article_id, i, q.text, q.start, q.end, q.speaker, q.speaker_key)
        for i, q in enumerate(event.quotes)
    ]
