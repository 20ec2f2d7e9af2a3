"""Pass 1, round 4: a surname the model never tagged, where the text says a person is meant.

"translated by Sophie Ardern-Wyatt" … "Ardern-Wyatt, who grew up in Shropshire": the
last word of a name the article gives in full, written alone where no name was tagged,
with a title before it ("Ms Ardern-Wyatt"), "who" or an age after it, or a speech verb
after it ("Ardern-Wyatt said"), is a mention of a person. Clustering then joins it to
the full name, and its cue makes that name a person's whatever the model called it.
Only the last words of names with no organisation's or place's head word are looked
for, with one search over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence, Set

from newsflow_enrich.domain.linking.cleaning import PARTICLES
from newsflow_enrich.domain.linking.document import ArticleText, Span
from newsflow_enrich.domain.linking.heads import ORG_HEADS, head_type
from newsflow_enrich.domain.names import TITLES

_SURNAME = re.compile(r"^[A-Z][^\W\d_]*[a-z](?:-[A-Z][^\W\d_]*[a-z])?$")
_MIN_LENGTH = 3
# Round 5: a capitalised particle too ("De Santis said" of "Chiara De Santis").
_PARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?i:{'|'.join(sorted(PARTICLES))}) $")


def untagged_surnames(spans: Sequence[Span], article: ArticleText) -> list[Span]:
    surnames = _surnames(spans) | _given_names(spans, article.lower_words)
    if not surnames:
        return []
    text = article.normalised
    starts = sorted(s.start for s in spans)
    ends = sorted(s.end for s in spans)
    found = []
    for surname in sorted(surnames):
        for start in _occurrences(text, surname):
            bounds = (start, start + len(surname))
            particle = _PARTICLE_BEFORE.search(text, max(0, start - 6), start)
            if particle and particle.group()[:1].isupper():
                bounds = (particle.start(), bounds[1])  # round 5: "Le Goff said"
            elif particle:
                continue  # "Jan-Hendrik du Plessis": "Plessis" is not the name alone
            if _inside(bounds, starts, ends):
                continue
            span = article.span(bounds, "PERSON")
            if span.personal or span.says:
                found.append(span)
    return found


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where the word stands on its own (str.find: a few surnames, no regex per article)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1 : at] if at else " "
        after = text[end : end + 1]
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            yield at
        at = text.find(word, end)


def _surnames(spans: Sequence[Span]) -> set[str]:
    found = set()
    for span in spans:
        words = span.text.split()
        if len(words) < 2 or span.coarse not in ("PERSON", "ORG") or span.text.isupper():
            continue
        if head_type(span.text) is not None:
            continue
        # round 6: the first of two surnames too ("Paredes, 26, who…" of "Kevin Paredes
        # Mora"), as Spanish and Portuguese news call a person; round 7: after two given
        # names too ("Chiriboga said" of "Luis Alberto Chiriboga Andrade")
        inner = [words[-2]] if len(words) in (3, 4) and span.coarse == "PERSON" else []
        for word in [words[-1], *inner]:
            lower = word.lower()
            if len(word) < _MIN_LENGTH or not _SURNAME.match(word) or lower in PARTICLES:
                continue
            if lower not in ORG_HEADS and lower not in TITLES:
                found.add(word)
    return found


def _given_names(spans: Sequence[Span], common: Set[str]) -> set[str]:
    """Round 5: the first word of a person's full name, which only one person in the
    article bears and the article never writes in lower case: "Pornthip Rattanakosol" …
    "Pornthip told reporters" (Thai, Malay, Tamil and Indonesian names are used so)."""
    firsts: dict[str, set[str]] = {}
    for span in spans:
        words = span.text.split()
        if len(words) < 2 or span.coarse != "PERSON" or span.text.isupper():
            continue
        first = words[0]
        if len(first) < _MIN_LENGTH or not _SURNAME.match(first):
            continue
        lower = first.lower()
        if lower in TITLES or lower in ORG_HEADS or lower in common or lower in PARTICLES:
            continue
        firsts.setdefault(first, set()).add(words[-1])
    return {first for first, surnames in firsts.items() if len(surnames) == 1}


def _inside(bounds: tuple[int, int], starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether a span overlaps these bounds: of the spans that start before their end,
    some do not end by their start (every span that ends by then also starts before)."""
    begun = bisect_left(starts, bounds[1])  # spans starting before the end
    finished = bisect_right(ends, bounds[0])  # spans ending at or before the start
    return begun > finished
