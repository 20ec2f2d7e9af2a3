"""Acronyms defined in the text: "the Competition and Markets Authority (CMA)".

The long form is the run of capitalised words just before the brackets (small linking
words allowed inside), cut to begin where the acronym's letters begin. The binding holds
only when the acronym starts with the first initial and its letters are among the
initials of those words, so "(pictured)" or "Smith (AP)" bind nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DEFINITION = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")
_LINKING = frozenset({"of", "and", "for", "the", "on", "de", "&", "The"})
_WORD = re.compile(r"[^\s()]+")


@dataclass(frozen=True)
class Acronym:
    acronym: str
    long_start: int
    long_end: int
    occurrences: tuple[tuple[int, int], ...]


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
