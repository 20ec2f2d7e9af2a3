"""The one model every linking pass reads and extends: an article, its mentions, the
short forms they stand for, the entities they make up.

Offsets index the original text and the normalised one alike (normalise.py never moves
a character), so a span found on the normalised text quotes the published one exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newsflow_enrich.domain.mentions import RawEntity, coarse_type
from newsflow_enrich.domain.names import surface_form, word_set
from newsflow_schemas import GeoPlace

# "in", "at", "to" also precede organisations ("shares in Arden"); these rarely do.
SPATIAL = word_set("near across around towards toward throughout beneath along")
LOCATIVES = SPATIAL | word_set("in at from to into via through inside outside")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$")


class SentenceIndex:
    """Which sentence a character offset falls in."""

    def __init__(self, starts: Sequence[int]) -> None:
        self._starts = list(starts)

    def of(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)

    def starts_at(self, offset: int) -> bool:
        return self._starts[self.of(offset)] == offset if self._starts else False


@dataclass(frozen=True)
class Span:
    """One cleaned mention, with what its context says about its type: a locative
    preposition before it ("in Kherson") and, from the parse, whether it is an adjective,
    an item of a list, or described by a common noun."""

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
        return coarse_type(self.label)


@dataclass(frozen=True)
class ArticleText:
    original: str
    normalised: str
    lead_end: int  # where the title and standfirst end
    sentences: SentenceIndex
    sentence_scores: Sequence[float]

    def span(self, bounds: tuple[int, int], label: str) -> Span:
        """A mention at these offsets, with the preposition before it read."""
        start, end = bounds
        before = _WORD_BEFORE.search(self.normalised[max(0, start - 30) : start])
        word = before.group(1).lower() if before is not None else ""
        return Span(
            start,
            end,
            self.original[start:end],
            label,
            self.sentences.of(start),
            word in LOCATIVES,
            word in SPATIAL,
        )


@dataclass(frozen=True)
class ShortForm:
    """A short form the article defines for a longer name: "CMA" for "Competition and
    Markets Authority"."""

    short: str
    long: str


@dataclass(frozen=True)
class Entity:
    """Mentions that name one thing. Clustering fills `spans`; typing names and types it;
    the place pass pins a place on it."""

    spans: tuple[Span, ...]
    is_person: bool = False  # a cluster that holds a person's full name
    name: str = ""
    type: str = ""
    kind: str = ""  # the commonest spaCy label among its mentions
    place: GeoPlace | None = None

    @property
    def forms(self) -> list[str]:
        return list(dict.fromkeys(surface_form(s.text) for s in self.spans))


@dataclass(frozen=True)
class Document:
    article: ArticleText
    raw: tuple[RawEntity, ...]  # spaCy's spans with the parse's cues, untouched
    mentions: tuple[Span, ...] = ()
    short_forms: tuple[ShortForm, ...] = ()
    countries: frozenset[str] = frozenset()  # ISO codes of the countries it names
    entities: tuple[Entity, ...] = ()
