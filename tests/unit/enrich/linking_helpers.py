"""Helpers for the linking rule tests: an article enriched by the real model, or a
Document whose mentions are exactly the names given, linked by every pass but the first."""

from __future__ import annotations

import re

from spacy.language import Language

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking import PASSES, ArticleText, SentenceIndex, run_passes
from newsflow_enrich.domain.linking.acronyms import find_acronyms
from newsflow_enrich.domain.linking.document import Document, Entity, Span
from newsflow_enrich.domain.linking.mentions import find_mentions
from newsflow_enrich.domain.mentions import RawEntity
from newsflow_enrich.domain.parse_cues import raw_entities
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
    article = article_of(text)
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


def types_of(text: str, labels: dict[str, str], gazetteer: Gazetteer) -> dict[str, str]:
    """Each surface form's entity type, the model having tagged every use of these names."""
    return {
        form: entity.type for form, entity in linked(mentioned(text, labels), gazetteer).items()
    }


def one_entity(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> bool:
    """Whether the two surface forms end in one entity, the model having tagged every use
    of these names."""
    entities = linked(mentioned(text, labels), gazetteer)
    return entities[forms[0]] is entities[forms[1]]


def article_of(text: str) -> ArticleText:
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+", text)]
    return ArticleText(text, text, 0, SentenceIndex(starts), [0.0] * len(starts))


def tagged(text: str, names: list[tuple[str, str]]) -> Document:
    """A Document whose model output is exactly these names (each at its first
    occurrence after the one before), before any pass."""
    raw, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        raw.append(RawEntity(start, start + len(name), label))
        at = start + len(name)
    return Document(article_of(text), tuple(raw))


def found_mentions(text: str, names: list[tuple[str, str]], gazetteer: Gazetteer) -> set[str]:
    """The mentions the first pass finds when the model tagged exactly these names."""
    return {m.text for m in find_mentions(tagged(text, names), gazetteer).mentions}


def typed(text: str, names: list[tuple[str, str]], gazetteer: Gazetteer) -> dict[str, str]:
    """Each surface form's entity type after every pass, from exactly these names."""
    done = run_passes(tagged(text, names), gazetteer)
    return {s.text: e.type for e in done.entities for s in e.spans}


def entity_of(text: str, names: list[tuple[str, str]], form: str, gazetteer: Gazetteer) -> Entity:
    """The one entity, after every pass, with this surface form, from exactly these names."""
    done = run_passes(tagged(text, names), gazetteer)
    (entity,) = [e for e in done.entities if form in e.forms]
    return entity


def cue(nlp: Language, text: str, name: str) -> RawEntity:
    """The parse's cues for the entity spaCy found as `name`."""
    found = [r for r in raw_entities(nlp(text)) if text[r.start : r.end] == name]
    assert found, f"spaCy found no {name!r} in {text!r}"
    return found[0]


def long_forms(text: str) -> dict[str, str]:
    """Each acronym the text defines, with the long form it binds."""
    return {a.acronym: text[a.long_start : a.long_end] for a in find_acronyms(text)}
