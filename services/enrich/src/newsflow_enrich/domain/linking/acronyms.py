"""Pass 2, acronyms: "the Competition and Markets Authority (CMA)".

The long form is the run of capitalised words just before the brackets (small linking
words allowed inside), cut to begin where the acronym's letters begin. The binding holds
only when the acronym starts with the first initial and its letters are among the
initials of those words, so "(pictured)" or "Smith (AP)" bind nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.document import ArticleText, Document, ShortForm, Span

_DEFINITION = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")
_LINKING = frozenset({"of", "and", "for", "the", "on", "de", "&", "The"})
_WORD = re.compile(r"[^\s()]+")


@dataclass(frozen=True)
class Acronym:
    acronym: str
    long_start: int
    long_end: int
    occurrences: tuple[tuple[int, int], ...]


def bind_acronyms(document: Document, gazetteer: Gazetteer) -> Document:
    """Each defined acronym: its long form becomes one mention (replacing the pieces
    spaCy cut it into), every later use of the acronym a mention, and the pair a short
    form for clustering."""
    article, spans = document.article, list(document.mentions)
    short_forms = list(document.short_forms)
    for acronym in find_acronyms(article.normalised):
        bounds = (acronym.long_start, acronym.long_end)
        inside = [s for s in spans if s.start >= bounds[0] and s.end <= bounds[1]]
        label = _long_form_label(inside, bounds)
        spans = [s for s in spans if s not in inside and not _overlaps(s, bounds)]
        spans.append(article.span(bounds, label))
        spans += _uses(acronym, label, spans, article)
        short_forms.append(ShortForm(acronym.acronym, article.normalised[bounds[0] : bounds[1]]))
    return replace(document, mentions=tuple(spans), short_forms=tuple(short_forms))


def _uses(acronym: Acronym, label: str, spans: list[Span], article: ArticleText) -> list[Span]:
    found: list[Span] = []
    for occurrence in acronym.occurrences:
        if not any(_overlaps(s, occurrence) for s in spans + found):
            found.append(article.span(occurrence, label))
    return found


def _long_form_label(inside: Sequence[Span], bounds: tuple[int, int]) -> str:
    """spaCy's label when it tagged (most of) the long form, else ORG, the usual case."""
    widest = max(inside, key=lambda s: s.end - s.start, default=None)
    if widest is None or (widest.end - widest.start) * 2 < bounds[1] - bounds[0]:
        return "ORG"
    return widest.label


def _overlaps(span: Span, bounds: tuple[int, int]) -> bool:
    return span.start < bounds[1] and bounds[0] < span.end


def find_acronyms(text: str) -> list[Acronym]:
    found: dict[str, Acronym] = {}
    for match in _DEFINITION.finditer(text):
        acronym = match.group(1)
        if acronym in found:
            continue
        long_form = _long_form(text, match.start(), acronym)
        if long_form is not None:
            occurrences = tuple(
                (m.start(), m.end())
                for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
            )
            found[acronym] = Acronym(acronym, *long_form, occurrences)
    return list(found.values())


def _long_form(text: str, bracket: int, acronym: str) -> tuple[int, int] | None:
    line_start = text.rfind("\n", 0, bracket) + 1
    words = list(_WORD.finditer(text, line_start, bracket))
    run: list[re.Match[str]] = []
    for word in reversed(words):
        token = word.group()
        if not (token[0].isupper() or token in _LINKING):
            break
        run.insert(0, word)
    while run and run[0].group() in _LINKING:
        run.pop(0)
    for first in range(len(run)):
        candidate = run[first:]
        if candidate[0].group() in _LINKING:
            continue
        initials = "".join(w.group()[0].upper() for w in candidate)
        if initials[0] == acronym[0] and _letters_fit(acronym.replace("&", ""), initials):
            return candidate[0].start(), candidate[-1].end()
    return None


def _letters_fit(acronym: str, initials: str) -> bool:
    """Every letter of the acronym is an initial, in any order: an acronym from another
    language keeps its own order ("Social Democratic Party (SPD)")."""
    available = list(initials)
    for letter in acronym:
        if letter not in available:
            return False
        available.remove(letter)
    return True
