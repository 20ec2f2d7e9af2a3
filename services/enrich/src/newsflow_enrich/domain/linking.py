"""One article's linked view: canonical entities and quotes, from its spaCy doc.

The steps, in order: clean spaCy's spans, add places it missed, bind acronyms, cut
sentence openers, cluster, type, look for more mentions, publish (records.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from newsflow_enrich.domain.acronyms import Acronym, find_acronyms
from newsflow_enrich.domain.attribution import PersonMention, attribute
from newsflow_enrich.domain.canonical import draft_entities, propagate
from newsflow_enrich.domain.clusters import cluster_mentions
from newsflow_enrich.domain.gazetteer import Gazetteer, Rank
from newsflow_enrich.domain.mentions import Span, clean_spans, make_span
from newsflow_enrich.domain.names import name_key
from newsflow_enrich.domain.parse_cues import raw_entities
from newsflow_enrich.domain.place_finder import find_places
from newsflow_enrich.domain.quotes import find_quote_spans
from newsflow_enrich.domain.records import ArticleText, canonical_entities
from newsflow_schemas import CanonicalEntity, Quote


def link_entities(article: ArticleText, doc: Doc, gazetteer: Gazetteer) -> list[CanonicalEntity]:
    raw = raw_entities(doc)
    spans = clean_spans(raw, article.original, article.normalised, article.sentences)
    taken = [(r.start, r.end) for r in raw]
    places = [(s.start, s.end) for s in spans if s.coarse == "PLACE"]
    for bounds in find_places(article.normalised, taken, places, gazetteer):
        spans.append(
            make_span(bounds, "GPE", article.original, article.normalised, article.sentences)
        )
    acronyms = find_acronyms(article.normalised)
    spans, bindings = _with_acronyms(_trim_openers(spans, article), acronyms, article)
    countries = _countries(spans, gazetteer)
    clusters = cluster_mentions(spans, bindings, gazetteer, countries)
    drafts = draft_entities(clusters, gazetteer, countries)
    taken = [(r.start, r.end) for r in raw] + [(s.start, s.end) for s in spans]
    drafts = propagate(drafts, article.original, article.normalised, taken, article.sentences)
    return canonical_entities(drafts, article)


def link_quotes(text: str, entities: Sequence[CanonicalEntity]) -> list[Quote]:
    people = [
        PersonMention(m.start, m.end, index)
        for index, entity in enumerate(entities)
        if entity.type == "PERSON"
        for m in entity.mentions
    ]
    spans = find_quote_spans(text)
    speakers = attribute(text, spans, sorted(people, key=lambda p: p.start))
    quotes = []
    for span, speaker in zip(spans, speakers, strict=True):
        entity = entities[speaker] if speaker is not None else None
        quotes.append(
            Quote(
                text=text[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=entity.name if entity else None,
                speaker_key=entity.alias_keys[0] if entity and entity.alias_keys else None,
            )
        )
    return quotes


def _with_acronyms(
    spans: list[Span], acronyms: Sequence[Acronym], article: ArticleText
) -> tuple[list[Span], list[tuple[Acronym, str]]]:
    bindings = []
    for acronym in acronyms:
        bounds = (acronym.long_start, acronym.long_end)
        inside = [s for s in spans if s.start >= bounds[0] and s.end <= bounds[1]]
        label = _long_form_label(inside, bounds)
        spans = [s for s in spans if s not in inside and not _overlaps(s, bounds)]
        spans.append(
            make_span(bounds, label, article.original, article.normalised, article.sentences)
        )
        for occurrence in acronym.occurrences:
            if not any(_overlaps(s, occurrence) for s in spans):
                spans.append(
                    make_span(
                        occurrence, label, article.original, article.normalised, article.sentences
                    )
                )
        bindings.append((acronym, article.normalised[bounds[0] : bounds[1]]))
    return spans, bindings


def _long_form_label(inside: Sequence[Span], bounds: tuple[int, int]) -> str:
    """spaCy's label when it tagged (most of) the long form, else ORG, the usual case."""
    widest = max(inside, key=lambda s: s.end - s.start, default=None)
    if widest is None or (widest.end - widest.start) * 2 < bounds[1] - bounds[0]:
        return "ORG"
    return widest.label


def _trim_openers(spans: list[Span], article: ArticleText) -> list[Span]:
    """ "Chipmaker Arden agrees…": a capitalised first word of a sentence is cut from a
    name when the rest of the name occurs on its own elsewhere in the article (not from
    a person's name: "Denis Pushilin" is no opener before "Pushilin")."""
    keys = {name_key(s.text) for s in spans}
    trimmed = []
    for span in spans:
        first_space = span.text.find(" ") if span.label != "PERSON" else -1
        rest_key = name_key(span.text[first_space + 1 :]) if first_space > 0 else ""
        if first_space > 0 and article.sentences.starts_at(span.start) and rest_key in keys:
            start = span.start + first_space + 1
            span = replace(span, start=start, text=article.original[start : span.end])
        trimmed.append(span)
    return trimmed


def _overlaps(span: Span, bounds: tuple[int, int]) -> bool:
    return span.start < bounds[1] and bounds[0] < span.end


def _countries(spans: Sequence[Span], gazetteer: Gazetteer) -> frozenset[str]:
    found = (gazetteer.lookup(s.text) for s in spans if s.coarse == "PLACE")
    return frozenset(c.place.country_code for c in found if c and c.rank == Rank.COUNTRY)
