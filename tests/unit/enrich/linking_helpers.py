"""Helpers for the linking rule tests: an article enriched by the real model, or a
Document whose mentions are exactly the names given, linked by every pass but the first."""

from __future__ import annotations

import re

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking import PASSES, ArticleText, SentenceIndex, run_passes
from newsflow_enrich.domain.linking.document import Document, Entity, Span
from newsflow_schemas import CanonicalEntity, EnrichedArticle
from tests import factories


def enrich(enricher: Enricher, body: str, title: str = "A report") -> EnrichedArticle:
    return enricher.enrich(factories.raw_article(title=title, body=body))


def holding(enriched: EnrichedArticle, alias: str) -> CanonicalEntity:
    """The one entity with a mention written exactly so."""
    (found,) = [e for e in enriched.canonical_entities if alias in {m.text for m in e.mentions}]
    return found


def same(enriched: EnrichedArticle, *aliases: str) -> CanonicalEntity:
    entities = {holding(enriched, alias).name for alias in aliases}
    assert len(entities) == 1, entities
    return holding(enriched, aliases[0])


def mentioned(text: str, labels: dict[str, str]) -> Document:
    """A Document whose mentions are every use of these names, as the model would tag
    them: the clustering and typing passes then run on exactly these mentions."""
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+", text)]
    article = ArticleText(text, text, 0, SentenceIndex(starts), [0.0] * len(starts))
    spans: list[Span] = []
    for name, label in sorted(labels.items(), key=lambda item: -len(item[0])):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\w)", text):
            if not any(s.start < match.end() and match.start() < s.end for s in spans):
                spans.append(article.span(match.span(), label))
    return Document(article, (), tuple(sorted(spans, key=lambda s: s.start)))


def linked(document: Document, gazetteer: Gazetteer) -> dict[str, Entity]:
    """Each surface form's entity, after every pass but the mention finder."""
    done = run_passes(document, gazetteer, PASSES[1:])
    return {s.text: e for e in done.entities for s in e.spans}
