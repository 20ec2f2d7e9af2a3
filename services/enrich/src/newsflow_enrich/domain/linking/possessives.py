"""Pass 1, round 4: "Fine Gael's Declan Kilbride": a name whose possessive stands right
before a person's full name (two or three capitalised words, no head word, no place) is
the party, club or company that person belongs to, not a person, unless the gazetteer
knows it as a place ("Britain's Keir Starmer")."""

from __future__ import annotations

from dataclasses import replace

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.document import Span
from newsflow_enrich.domain.linking.heads import head_type

_POSSESSIVE = 2  # the characters of "'s"


def with_possessors(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    people = {s.start for s in spans if _person_shaped(s, gazetteer)}
    out = []
    for span in spans:
        before_person = span.possessive and span.end + _POSSESSIVE + 1 in people
        if before_person and span.described_as is None and gazetteer.lookup(span.text) is None:
            span = replace(span, described_as="ORG")
        out.append(span)
    return out


def _person_shaped(span: Span, gazetteer: Gazetteer) -> bool:
    """A name of two or three capitalised words, no head word and no place: "Declan
    Kilbride", which the model may call anything (not "Lord of the Rings")."""
    words = span.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    return span.coarse == "PERSON" or (
        head_type(span.text) is None and gazetteer.lookup(span.text) is None
    )
