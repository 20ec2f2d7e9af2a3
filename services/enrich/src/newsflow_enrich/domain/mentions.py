"""Mentions: spaCy's name spans, cleaned, with junk dropped.

cleaning.py cuts and trims each span; a mention also records what its context says
about its type: a locative preposition before it ("in Kherson") and, from the parse,
whether it is an adjective or an item of a list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from newsflow_enrich.domain.cleaning import name_pieces
from newsflow_enrich.domain.names import word_set

NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
COARSE_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
# "in", "at", "to" also precede organisations ("shares in Arden"); these rarely do.
SPATIAL = word_set("near across around towards toward throughout beneath along")
LOCATIVES = SPATIAL | word_set("in at from to into via through inside outside")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$")


@dataclass(frozen=True)
class RawEntity:
    """spaCy's span with what its parse says: an adjective ("Ukrainian troops") names a
    nationality rather than a place, and items of one list tend to share a type."""

    start: int
    end: int
    label: str
    adjectival: bool = False
    listed_with: str | None = None  # the coarse type shared by the other list items
    described_as: str | None = None  # "the broker Peel Hunt": what a common noun says


@dataclass(frozen=True)
class Span:
    """One cleaned mention: offsets index the original text and the normalised one alike."""

    start: int
    end: int
    text: str
    label: str
    sentence: int
    locative: bool = False
    spatial: bool = False
    adjectival: bool = False
    listed_with: str | None = None
    described_as: str | None = None

    @property
    def coarse(self) -> str:
        return COARSE_TYPES.get(self.label, self.label)


def coarse_type(label: str) -> str:
    return COARSE_TYPES.get(label, label)


class SentenceIndex:
    """Which sentence a character offset falls in."""

    def __init__(self, starts: Sequence[int]) -> None:
        self._starts = list(starts)

    def of(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)

    def starts_at(self, offset: int) -> bool:
        return self._starts[self.of(offset)] == offset if self._starts else False


def clean_spans(
    raw: Iterable[RawEntity], original: str, normalised: str, sentences: SentenceIndex
) -> list[Span]:
    """Cleaned spans for the entities spaCy found on the normalised text."""
    spans = []
    for entity in raw:
        if entity.label not in NAME_LABELS:
            continue
        for piece in name_pieces(normalised, entity.start, entity.end, entity.label):
            span = make_span(piece, entity.label, original, normalised, sentences)
            spans.append(
                replace(
                    span,
                    adjectival=entity.adjectival,
                    listed_with=entity.listed_with,
                    described_as=entity.described_as,
                )
            )
    return spans


def make_span(
    bounds: tuple[int, int], label: str, original: str, normalised: str, sentences: SentenceIndex
) -> Span:
    start, end = bounds
    before = _WORD_BEFORE.search(normalised[max(0, start - 30) : start])
    word = before.group(1).lower() if before is not None else ""
    sentence = sentences.of(start)
    return Span(
        start, end, original[start:end], label, sentence, word in LOCATIVES, word in SPATIAL
    )
