"""Pass 1, mentions: spaCy's name spans cleaned, the places it missed, openers cut.

cleaning.py cuts and trims each span into name pieces; place_finder.py adds a place the
model did not tag where the text says it is somewhere ("in Keswick"); a capitalised
word that only opens a sentence ("Chipmaker Arden agrees…") is cut from a name.
"""

from __future__ import annotations

from dataclasses import replace

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.cleaning import name_pieces
from newsflow_enrich.domain.linking.document import ArticleText, Document, Span
from newsflow_enrich.domain.linking.place_finder import find_places
from newsflow_enrich.domain.mentions import RawEntity
from newsflow_enrich.domain.names import name_key

NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)


def find_mentions(document: Document, gazetteer: Gazetteer) -> Document:
    article = document.article
    spans = clean_spans(document.raw, article)
    taken = [(r.start, r.end) for r in document.raw]
    places = [(s.start, s.end) for s in spans if s.coarse == "PLACE"]
    for bounds in find_places(article.normalised, taken, places, gazetteer):
        spans.append(article.span(bounds, "GPE"))
    return replace(document, mentions=tuple(_trim_openers(spans, article)))


def clean_spans(raw: tuple[RawEntity, ...], article: ArticleText) -> list[Span]:
    """Cleaned spans for the entities spaCy found on the normalised text."""
    spans = []
    for entity in raw:
        if entity.label not in NAME_LABELS:
            continue
        for piece in name_pieces(article.normalised, entity.start, entity.end, entity.label):
            spans.append(
                replace(
                    article.span(piece, entity.label),
                    adjectival=entity.adjectival,
                    listed_with=entity.listed_with,
                    described_as=entity.described_as,
                )
            )
    return spans


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
