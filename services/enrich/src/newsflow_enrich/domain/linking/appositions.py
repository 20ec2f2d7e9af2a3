"""Pass 1, names beside a role: people the model did not tag.

"the former Wales flanker Rhodri ap Gwyn", "Its director, Marcus Ortega": a capitalised
name of two words or more (name particles allowed) right after a noun for a person's role;
"Clementine Duvauchelle, the UN humanitarian coordinator for Sudan": one before a comma
and a phrase whose nouns name a person's role and nothing else. Where the model tagged
nothing, or (round 7) only the surname, such a name is a person's. The role nouns are
descriptors.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.linking.cleaning import CLAUSE_OPENERS
from newsflow_enrich.domain.linking.document import ArticleText
from newsflow_enrich.domain.names import TITLES

_WORD = r"[A-Z][\w'-]*[^\W\d_]"
_PARTICLE = r"(?:de|da|du|del|van|von|der|ap|al|el|bin|la|le|dos|das)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,3}}"
_AFTER_ROLE = re.compile(rf"\b([a-z]+),?\s+({_NAME})(?![\w'-])")
_BEFORE_ROLE = re.compile(rf"({_NAME}),\s+(?:the|a|an|its|their|his|her)\s+([^,.;:]+)")
_PHRASE_END = re.compile(r"\s(?:of|for|at|in|on|with|to|from|and|who|which)\s")
_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z-]*(?![\w'])")


def people_beside_roles(
    article: ArticleText, taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    text = article.normalised
    # joined once, not for every word of every name; round 27: and the words that open a
    # clause ("Instead Hamilton, the 21-year-old striker")
    openers = article.lower_words | TITLES | CLAUSE_OPENERS
    found: list[tuple[int, int]] = []
    for first, end in _candidates(text):
        start = _without_common_openers(text, first, end, openers)
        if start is None:
            continue
        # round 7: the surname the model tagged alone does not stop it ("The finance
        # minister, Chanda Phiri, said", "Phiri" tagged an organisation)
        others = [t for t in taken if not _surname_of((start, end), t, text)]
        if _overlaps((start, end), [*others, *found]):
            continue
        if not article.sentences.splits(start, end):
            found.append((start, end))
    return found


def _candidates(text: str) -> Iterator[tuple[int, int]]:
    for match in _AFTER_ROLE.finditer(text):
        if noun_type(match.group(1)) == "PERSON":
            yield match.span(2)
    for match in _BEFORE_ROLE.finditer(text):
        phrase = _PHRASE_END.split(match.group(2), maxsplit=1)[0]
        kinds = {noun_type(w) for w in _LOWER_WORD.findall(phrase)} - {None}
        if kinds == {"PERSON"}:
            yield match.span(1)


def _without_common_openers(text: str, start: int, end: int, openers: frozenset[str]) -> int | None:
    """ "In Dilling Amal Osman": capitalised common words or titles (`openers`) before the
    name go; two name words must be left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (words[0].group().lower() in openers):
        words.pop(0)
    if len([w for w in words if w.group()[:1].isupper()]) < 2:
        return None
    return start + words[0].start()


def _surname_of(name: tuple[int, int], span: tuple[int, int], text: str) -> bool:
    """The span is the name's last word alone."""
    inside = name[0] < span[0] and span[1] == name[1]
    return inside and " " not in text[span[0] : span[1]]


def _overlaps(bounds: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < bounds[1] and bounds[0] < e for s, e in spans)
