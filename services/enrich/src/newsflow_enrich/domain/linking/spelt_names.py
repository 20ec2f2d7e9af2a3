"""Pass 2a, round 10: the long form of an acronym, found in the text where the model
tagged no name.

"Médecins Sans Frontières said its teams …" … "MSF said": the small model often tags
the acronym and never the name it stands for, so no tagged name's initials spell it. A
run of capitalised words in the body (small linking words allowed inside), whose
capitals' initials are exactly the acronym's letters, is then its long form: "Roads and
Highways Department" of "RHD", "Mouvement pour le Futur de Tanà" of "MFT". The name
ends where the capitals end, so "Africa Centres for Disease Control and Prevention" holds
no "CDC"; it may begin after a word that opens the sentence or the run. Only an
acronym of three letters or more, and only one such run in the article (two different
names spelling it say neither is meant). The text is read once, and only when an
acronym is left without a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from newsflow_enrich.domain.names import word_set

# A word of a name: letters, apostrophes, hyphens ("Café-Cacao", "Jama'at"). Split on,
# the body is its words and what stands between them, without a Match for every word.
_WORDS = re.compile(r"([^\W\d_][\w'-]*)")
# Small words inside names, in English and the Romance languages.
_LINKING = word_set("of and for the on in pour le la les du de des del della di da y et")
_MIN_LETTERS = 3


def spelt_long_forms(
    text: str, body_start: int, acronyms: Iterable[str]
) -> dict[str, tuple[int, int]]:
    """Each acronym whose letters are spelt by exactly one run of capitalised words of the
    body: its bounds."""
    wanted = {a for a in acronyms if len(a) >= _MIN_LETTERS}
    if not wanted:
        return {}
    found: dict[str, set[tuple[int, int]]] = {}
    names: dict[str, set[str]] = {}
    for run in _runs(text, body_start):
        for start in range(len(run)):
            if not _capitalised(run[start].word):
                continue
            initials = "".join(_initials(w.word) for w in run[start:])
            # round 27: or with the small words' initials ("… Interim Force in Lebanon":
            # "UNIFIL")
            if initials not in wanted:
                initials = "".join(_initials(w.word) or w.word[0].upper() for w in run[start:])
            if len(run) - start > 1 and initials in wanted:  # one word spells nothing
                bounds = (run[start].start, run[-1].end)
                found.setdefault(initials, set()).add(bounds)
                names.setdefault(initials, set()).add(text[bounds[0] : bounds[1]])
    return {a: min(found[a]) for a in found if len(names[a]) == 1}


def _initials(word: str) -> str:
    """A capitalised word's initial, each part's if hyphenated; none for a small word."""
    return "".join(p[0] for p in word.split("-") if p[:1].isupper())


def _capitalised(word: str) -> bool:
    """A name word, not an acronym itself ("MSF" in "MSF said")."""
    return word[:1].isupper() and not word.isupper()


class _Word(NamedTuple):
    start: int
    end: int
    word: str


def _runs(text: str, body_start: int) -> list[list[_Word]]:
    """Runs of capitalised words joined by single spaces, small linking words inside."""
    runs: list[list[_Word]] = []
    run: list[_Word] = []
    parts = _WORDS.split(text[body_start:])  # what precedes the first word, a word, …
    at = body_start + len(parts[0])
    for i in range(1, len(parts), 2):
        token = parts[i]
        # a run's last word is the word just before this one: a single space joins them
        joined = bool(run) and parts[i - 1] == " "
        if _capitalised(token) or (joined and token in _LINKING):
            if not joined:
                runs.append(run)
                run = []
            run.append(_Word(at, at + len(token), token))
        else:
            runs.append(run)
            run = []
        at += len(token) + len(parts[i + 1])
    runs.append(run)
    for run in runs:
        while run and not _capitalised(run[-1].word):
            run.pop()  # "… Department and" | "five": the name ends at its last capital
    return [r for r in runs if len(r) >= 2]
