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
from collections.abc import Sequence

from newsflow_enrich.domain.linking.cleaning import PARTICLES
from newsflow_enrich.domain.linking.document import ArticleText, Span
from newsflow_enrich.domain.linking.heads import ORG_HEADS, head_type
from newsflow_enrich.domain.names import TITLES

_SURNAME = re.compile(r"^[A-Z][^\W\d_]*[a-z](?:-[A-Z][^\W\d_]*[a-z])?$")
_MIN_LENGTH = 3
_PARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(PARTICLES))}) $")


def untagged_surnames(spans: Sequence[Span], article: ArticleText) -> list[Span]:
    surnames = _surnames(spans)
    if not surnames:
        return []
    text = article.normalised
    occupied = sorted((s.start, s.end) for s in spans)
    alternatives = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
    found = []
    for match in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", text):
        bounds = match.span()
        particle = _PARTICLE_BEFORE.search(text, max(0, bounds[0] - 6), bounds[0])
        if particle or _inside(bounds, occupied):
            continue  # "Jan-Hendrik du Plessis": "Plessis" is not the name alone
        span = article.span(bounds, "PERSON")
        if span.personal or span.says:
            found.append(span)
    return found


def _surnames(spans: Sequence[Span]) -> set[str]:
    found = set()
    for span in spans:
        words = span.text.split()
        if len(words) < 2 or span.coarse not in ("PERSON", "ORG") or span.text.isupper():
            continue
        last = words[-1]
        if len(last) < _MIN_LENGTH or not _SURNAME.match(last) or head_type(span.text):
            continue
        if last.lower() not in ORG_HEADS and last.lower() not in TITLES:
            found.add(last)
    return found


def _inside(bounds: tuple[int, int], occupied: Sequence[tuple[int, int]]) -> bool:
    return any(start < bounds[1] and bounds[0] < end for start, end in occupied)
