"""Enriched events into the rows of the store's tables: pure, no database in sight."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from pydantic.main import IncEx

from newsflow_schemas import EnrichedArticle, RawArticle
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
    story_id: str | None = None


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

    @classmethod
    def joined(cls, parts: Sequence[StoreBatch]) -> StoreBatch:
        """One batch from the batches of consecutive slices of `in_write_order`'s events."""
        return cls(
            tuple(row for part in parts for row in part.articles),
            tuple(row for part in parts for row in part.entities),
            tuple(row for part in parts for row in part.quotes),
        )


def newest_per_article(events: Iterable[EnrichedArticle]) -> list[EnrichedArticle]:
    """Keeps the latest enrichment of each article; on a tie, the later delivery."""
    newest: dict[str, EnrichedArticle] = {}
    for event in events:
        kept = newest.get(event.article_id)
        if kept is None or event.enriched_at >= kept.enriched_at:
            newest[event.article_id] = event
    return list(newest.values())


def in_write_order(events: Iterable[EnrichedArticle]) -> list[EnrichedArticle]:
    """The newest event of each article, by article id: so that concurrent writers take row
    locks in the same order (no deadlocks). The rows of consecutive slices of this list,
    joined, are the rows of the whole (`StoreBatch.joined`)."""
    return sorted(newest_per_article(events), key=lambda event: event.article_id)


def to_rows(
    events: Sequence[EnrichedArticle], trace_ids: Mapping[str, str | None] | None = None
) -> StoreBatch:
    """trace_ids: the W3C trace id each article's event arrived with, by article id."""
    kept = in_write_order(events)
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
        event=stored_event(event),
        story_id=event.story_id,
    )


# What the stored event leaves out: the article's body is the row's body column, and the
# analysed text is nearly always the article's text (title, standfirst, bullets, body).
# Each was a copy of the body in every row, which PostgreSQL compressed (pglz) on the write
# path: half the event, and 0.2 s of the server's CPU per 1,000 articles.
_WITHOUT_BODY: Mapping[str, IncEx | bool] = {"article": {"body"}}
_WITHOUT_TEXTS: Mapping[str, IncEx | bool] = {"article": {"body"}, "text": True}


def stored_event(event: EnrichedArticle) -> str:
    """The event as the articles table keeps it (JSON): whole but for the copies of the
    body that the row holds; `full_event` puts them back."""
    same_text = event.text == event.article.text
    return event.model_dump_json(exclude=_WITHOUT_TEXTS if same_text else _WITHOUT_BODY)


def full_event(stored: str | Mapping[str, Any], body: str) -> EnrichedArticle:
    """The event a row keeps (its `event` and `body` columns), whole again. A row stored
    by an older store holds the whole event already: nothing is added then."""
    data = json.loads(stored) if isinstance(stored, str) else dict(stored)
    data["article"] = {**data["article"], "body": data["article"].get("body", body)}
    if "text" not in data:
        data["text"] = RawArticle.model_validate(data["article"]).text
    return EnrichedArticle.model_validate(data)


def _quote_rows(event: EnrichedArticle) -> list[QuoteRow]:
    return [
        QuoteRow(event.article_id, i, q.text, q.start, q.end, q.speaker, q.speaker_key)
        for i, q in enumerate(event.quotes)
    ]
