"""Pass 1, bylines: the people an agency's credit line names are people, whole.

"(Reporting by Adaeze Umeh in Ilorin and Musa Garba Tanko in Abuja; Editing by Peter
Holloway)": in a credit line in brackets, each name after "Reporting by", "Editing by" or
"Writing by", up to "in <place>", "and", a comma or a semicolon, is one person's full
name, even where the model tagged part of it ("Ayen Deng" | "Malual") or nothing. A credit
to a desk ("Newsflow's Sudan team") names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from newsflow_enrich.domain.linking.cleaning import PARTICLES
from newsflow_enrich.domain.linking.document import ArticleText, Span

_BRACKETS = re.compile(r"\(([^()\n]+)\)")
_CREDIT = re.compile(
    r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ww]ritten)\s+by\s+([^;()\n]+)"
)
_SEPARATOR = re.compile(r",\s*|\s+and\s+")
_PLACE_AFTER = re.compile(r"\s+in\s+.*$", re.DOTALL)
_WORD = re.compile(r"\S+")
# "By Tyler Nakamura-Hollis", "By Ana de la Cruz and Li Wei": a line naming the writers.
_BYLINE = re.compile(r"By [A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|and|&|" + "|".join(PARTICLES) + r"))*")


def with_bylines(spans: list[Span], article: ArticleText) -> list[Span]:
    """The spans, with each credited name in place of the spans that overlap it, and the
    outlet under a byline named as an organisation."""
    credited = list(_credited_names(article.normalised))
    kept = [s for s in spans if not any(s.start < e and b < s.end for b, e in credited)]
    kept = [_as_outlet(s, article.normalised) for s in kept]
    return kept + [article.span(bounds, "PERSON") for bounds in credited]


def _as_outlet(span: Span, text: str) -> Span:
    """Round 16: "By Tyler Nakamura-Hollis" over "Daily Sitka Sentinel": a line that is one
    name, right under a byline, is the outlet the writer files for (in capitals, it is the
    dateline: "CARACAS")."""
    if span.text.isupper() or not text.startswith("\n", span.end):
        return span
    line_start = text.rfind("\n", 0, span.start) + 1
    if line_start != span.start:
        return span
    previous_end = max(0, line_start - 1)
    while previous_end > 0 and text[previous_end - 1] == "\n":  # the blank lines between
        previous_end -= 1
    previous = text[text.rfind("\n", 0, previous_end) + 1 : previous_end]
    return replace(span, label="ORG", personal=False) if _BYLINE.fullmatch(previous) else span


def _credited_names(text: str) -> Iterator[tuple[int, int]]:
    """Names in a credit line in brackets, never in prose ("written by Judge Ospina")."""
    for bracket in _BRACKETS.finditer(text):
        yield from _names_in_credit(text, *bracket.span(1))


def _names_in_credit(text: str, begin: int, end: int) -> Iterator[tuple[int, int]]:
    for credit in _CREDIT.finditer(text, begin, end):
        start = credit.start(1)
        for piece in _SEPARATOR.split(credit.group(1)):
            offset = text.index(piece, start) if piece else start
            start = offset + len(piece)
            name = _PLACE_AFTER.sub("", piece).rstrip()
            if _full_name(name):
                yield offset, offset + len(name)


def _full_name(name: str) -> bool:
    """Two words or more, each capitalised or a particle ("Ibrahim al Amin")."""
    words = _WORD.findall(name)
    return len(words) >= 2 and all(w[:1].isupper() or w in PARTICLES for w in words)
