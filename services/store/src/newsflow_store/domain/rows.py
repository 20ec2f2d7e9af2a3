"""Enriched events into the rows of the store's three tables: pure, no database in sight."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from newsflow_schemas import EnrichedArticle, EntityMention

_WHITESPACE = re.compile(r"\s+")


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
    event: str


class EntityRow(NamedTuple):
    key: str
    label: str
    name: str


class LinkRow(NamedTuple):
    article_id: str
    key: str
    label: str
    mention_count: int
    first_start: int


@dataclass(frozen=True)
class StoreBatch:
    """One row per article (newest enrichment wins), entity and article-entity link."""

    articles: tuple[ArticleRow, ...]
    entities: tuple[EntityRow, ...]
    links: tuple[LinkRow, ...]

    def restricted_to(self, article_ids: Collection[str]) -> StoreBatch:
        """The links, and the entities they need, of only these articles."""
        links = tuple(link for link in self.links if link.article_id in article_ids)
        needed = {(link.key, link.label) for link in links}
        entities = tuple(e for e in self.entities if (e.key, e.label) in needed)
        articles = tuple(a for a in self.articles if a.article_id in article_ids)
        return StoreBatch(articles, entities, links)


def entity_key(text: str) -> str:
    """What makes two mentions the same entity: 'The  BBC' and 'the bbc' share a key."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def display_name(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def newest_per_article(events: Iterable[EnrichedArticle]) -> list[EnrichedArticle]:
    """Keeps the latest enrichment of each article; on a tie, the later delivery."""
    newest: dict[str, EnrichedArticle] = {}
    for event in events:
        kept = newest.get(event.article_id)
        if kept is None or event.enriched_at >= kept.enriched_at:
            newest[event.article_id] = event
    return list(newest.values())


def to_rows(events: Sequence[EnrichedArticle]) -> StoreBatch:
    # Sorted so that concurrent writers take row locks in the same order: no deadlocks.
    kept = sorted(newest_per_article(events), key=lambda event: event.article_id)
    links = [link for event in kept for link in _links(event)]
    return StoreBatch(
        articles=tuple(_article_row(event) for event in kept),
        entities=_entities(kept),
        links=tuple(links),
    )


def _article_row(event: EnrichedArticle) -> ArticleRow:
    article = event.article
    return ArticleRow(
        article_id=article.article_id,
        title=article.title,
        standfirst=article.standfirst,
        body=article.body,
        url=article.url,
        source=article.source,
        language=article.language,
        published_at=article.published_at,
        ingested_at=article.ingested_at,
        enriched_at=event.enriched_at,
        sentiment_compound=event.sentiment.compound,
        sentiment_label=event.sentiment.label.value,
        ner_model=event.model.ner_model,
        ner_model_version=event.model.ner_model_version,
        schema_version=event.schema_version,
        event=event.model_dump_json(),
    )


def _mentions_by_entity(event: EnrichedArticle) -> dict[tuple[str, str], list[EntityMention]]:
    grouped: dict[tuple[str, str], list[EntityMention]] = {}
    for mention in event.entities:
        key = entity_key(mention.text)
        if key:
            grouped.setdefault((key, mention.label), []).append(mention)
    return grouped


def _links(event: EnrichedArticle) -> list[LinkRow]:
    return [
        LinkRow(event.article_id, key, label, len(mentions), min(m.start for m in mentions))
        for (key, label), mentions in _mentions_by_entity(event).items()
    ]


def _entities(events: Sequence[EnrichedArticle]) -> tuple[EntityRow, ...]:
    # The first spelling seen names a new entity; later spellings only link to it.
    names: dict[tuple[str, str], str] = {}
    for event in events:
        for (key, label), mentions in _mentions_by_entity(event).items():
            first = min(mentions, key=lambda m: m.start)
            names.setdefault((key, label), display_name(first.text))
    return tuple(EntityRow(key, label, name) for (key, label), name in sorted(names.items()))
