"""Pass 2a, round 4: an acronym defined after something other than its full name.

- "the Citizens' Alliance, known as CAK": the name before the definition is the first
  words of a longer name the article gives ("Citizens' Alliance for Kansai") whose
  initials spell the acronym: the acronym is the longer name's;
- "A spokesman for the association, known in Finland by its initials SJL,": a common
  noun before the definition stands for the last organisation named before it whose
  head word it is ("Finnish Ice Hockey Association"); round 6: "The federation, which
  uses the French initials FNTPR," of the "National Federation of Port … Workers";
- round 30: "The International Fund for Saving the Aral Sea, a regional body known as
  IFAS,": a name, then what it is in commas, then the definition: the acronym is the
  name's when it opens with one of the name's initials; round 34: "the" too ("Glacier
  Monitoring Switzerland, the national network known as GLAMOS"); round 39: a name the
  model called a person's, when what it is, is an organisation ("Liechtensteinische
  Kraftwerke, the state-owned utility known as LKW").

Each returns (acronym, start, end) of the long form; acronyms.py makes the bindings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsflow_enrich.domain.descriptors import ORG_NOUNS
from newsflow_enrich.domain.linking.document import Span

Definition = tuple[str, int]  # the acronym, where its definition starts
Referent = tuple[str, int, int]  # the acronym, the long form's bounds
_NOUN_BEFORE = re.compile(r"\b[Tt]he ([a-z]{4,})\s*$")  # round 6: "The federation, which"
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+)*[A-Z][\w'\u2019-]*)\s*$")
# Round 30: ", a regional body", ", an umbrella group of unions": what the name is.
# Round 34: with "the" too (", the national network known as GLAMOS").
_DESCRIBED_BEFORE = re.compile(r",\s+(?:an?|the)\s+(?:[a-z'-]+\s+){0,5}[a-z'-]+\s*$")
_REACH = 60


def referents(
    definitions: Sequence[Definition],
    spans: Sequence[Span],
    text: str,
    spells: Callable[[str, str], bool],
) -> list[Referent]:
    named = [s for s in spans if " " in s.text]
    names = [s for s in named if s.coarse != "PERSON"]
    found = []
    for acronym, at in definitions:
        before = text[max(0, at - _REACH) : at]
        referent = (
            _longer_name(acronym, before, names, spells)
            or head_noun_referent(before, at, names)
            or _described_name(acronym, before, at, named)
        )
        if referent is not None:
            found.append((acronym, referent.start, referent.end))
    return found


def _longer_name(
    acronym: str, before: str, names: Sequence[Span], spells: Callable[[str, str], bool]
) -> Span | None:
    name = _NAME_BEFORE.search(before)
    if name is None:
        return None
    short = name.group(1)
    longer = {s.text: s for s in names if s.text.startswith(short + " ")}
    fits = [s for text, s in longer.items() if spells(acronym, text)]
    return fits[0] if len(fits) == 1 else None


def head_noun_referent(before: str, at: int, names: Sequence[Span]) -> Span | None:
    """ "The federation, which uses…": the last name before `at` whose head word is the
    common noun `before` ends on (round 52: for other names too, other_names.py)."""
    noun = _NOUN_BEFORE.search(before)
    if noun is None:
        return None
    head = noun.group(1)
    earlier = [s for s in names if s.end <= at and head in _heads(s.text)]
    return earlier[-1] if earlier else None


def _described_name(acronym: str, before: str, at: int, spans: Sequence[Span]) -> Span | None:
    """The organisation's name that ends right before ", a regional body" and holds the
    acronym's first letter among its initials; round 39: any tagged name, a person's too,
    when what it is described as is an organisation ("the state-owned utility")."""
    described = _DESCRIBED_BEFORE.search(before)
    if described is None:
        return None
    ends = at - (len(before) - described.start())
    body = described.group().split()[-1] in ORG_NOUNS
    name = next((s for s in spans if s.end == ends and (s.coarse == "ORG" or body)), None)
    if name is None or acronym[0] not in {w[0] for w in name.text.split() if w[0].isupper()}:
        return None
    return name


def _heads(name: str) -> set[str]:
    """Its last word, and round 6: the word before "of" or "for" ("National Federation
    of Port and Road Transport Workers" is a federation)."""
    words = name.lower().split()
    heads = {words[-1]}
    for index, word in enumerate(words[1:], 1):
        if word in ("of", "for"):
            heads.add(words[index - 1])
            break
    return heads
