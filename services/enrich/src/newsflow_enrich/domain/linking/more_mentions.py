"""Pass 6, more mentions: each typed entity's names looked for again in the text.

"One sense per discourse": spaCy often tags a name in one sentence and misses it in the
next. A name is only taken where no other entity span sits, and a one-word name that is
also an ordinary word in this article ("Reading") is not taken at the start of a
sentence. A person is also looked for by surname, when no other person shares it (and,
round 7, by a double surname: "Peña Almonte"), a river by its name alone ("the Eden" of
"River Eden"), and an organisation named for its head words by its first word
("Brookings" of "Brookings Institution").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import replace

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.cleaning import PARTICLES
from newsflow_enrich.domain.linking.document import Document, Entity, Span
from newsflow_enrich.domain.linking.heads import (
    BODY_HEADS,
    LEGAL_FORMS,
    ORG,
    ORG_HEADS,
    PERSON,
    PLACE,
    without_legal_forms,
)
from newsflow_enrich.domain.linking.name_parts import DESIGNATORS
from newsflow_enrich.domain.linking.name_search import find_names
from newsflow_enrich.domain.names import surname

LINKED_TYPES = frozenset({"PERSON", "ORG", "PLACE"})
_COMPANY_WORDS = frozenset({"group", "holdings", "plc", "inc", "ltd", "corp", "corporation"})
_TRAILING_COMPANY_WORDS = LEGAL_FORMS | _COMPANY_WORDS  # round 6: "… Sugar Co. Ltd"
_NOT_REORDERED = frozenset({"university"})
_PARTIES = frozenset({"party", "union", "alliance"})
_MEMBER_ENDINGS = ("ist", "al", "ive", "an")
_RIVER = re.compile(r"^River ([A-Z][\w-]+)$|^([A-Z][\w-]+) River$")


def find_more_mentions(document: Document, gazetteer: Gazetteer) -> Document:
    taken = [(r.start, r.end) for r in document.raw] + [(s.start, s.end) for s in document.mentions]
    entities = propagate(document, taken)
    return replace(document, entities=tuple(entities))


def propagate(document: Document, taken: Sequence[tuple[int, int]]) -> list[Entity]:
    drafts, article = document.entities, document.article
    normalised = article.normalised
    owner: dict[str, int] = {}
    places = {f for d in drafts if d.type == PLACE for f in d.forms}
    surnames = Counter(surname(d.name, d.forms) for d in drafts if d.type == PERSON)
    for index, draft in enumerate(drafts):
        if draft.type in LINKED_TYPES:
            searchable = _searchable_forms(draft, drafts, surnames)
            for form in searchable + _other_names(draft, places):
                owner.setdefault(form, index)
    if not owner:
        return list(drafts)
    occupied = bytearray(len(normalised))
    for start, end in taken:
        occupied[start:end] = b"\x01" * (end - start)
    common = article.lower_words
    found: dict[int, list[Span]] = {}
    swallowed: list[tuple[int, int]] = []
    for start, end, form in find_names(normalised, owner):
        inner = _inner_names(start, end, form, occupied, taken)
        if inner is None or _common_at_start(form, normalised, start, common):
            continue
        if article.sentences.splits(start, end):
            continue
        draft_index = owner[form]
        end = _with_legal_form(normalised, end, occupied)
        span = article.span((start, end), drafts[draft_index].kind)
        found.setdefault(draft_index, []).append(span)
        swallowed += inner
    entities = [
        replace(d, spans=tuple(sorted(d.spans + tuple(found[i]), key=lambda s: s.start)))
        if i in found
        else d
        for i, d in enumerate(drafts)
    ]
    return _without(swallowed, entities) if swallowed else entities


def _inner_names(
    start: int, end: int, form: str, occupied: bytearray, taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """The names inside a found name that it takes over, or None if it may not be taken.
    Round 10: a name of several words is taken over the shorter names the model tagged
    inside it ("the Free Democrats" over "Democrats", "High Court of Lesotho" over
    "Lesotho"), never over one that crosses its edges."""
    if 1 not in occupied[start:end]:
        return []
    if " " not in form:
        return None
    inner = [(a, b) for a, b in taken if a < end and start < b]
    inside = all(start <= a and b <= end and b - a < end - start for a, b in inner)
    return inner if inside else None


def _without(swallowed: list[tuple[int, int]], entities: list[Entity]) -> list[Entity]:
    gone = set(swallowed)
    kept = [
        replace(e, spans=tuple(s for s in e.spans if (s.start, s.end) not in gone))
        for e in entities
    ]
    return [e for e in kept if e.spans]


def _searchable_forms(draft: Entity, drafts: Sequence[Entity], surnames: Counter[str]) -> list[str]:
    """`surnames` counts the article's people by surname, read once rather than again for
    every person."""
    forms = [f.replace("\u2019", "'") for f in draft.forms if len(f) >= 3]
    river = _RIVER.match(draft.name)
    if draft.type == PLACE and river:
        forms.append(river.group(1) or river.group(2))  # "the Eden" of "River Eden"
    short = _organisation_short_form(draft, drafts)
    if short is not None:
        forms.append(short)  # "Brookings" of "Brookings Institution"
    trading = _without_designator(draft, drafts)
    if trading is not None:
        forms.append(trading)  # round 4: "Savanna Telecom" of "Savanna Telecom Group"
    if draft.type == PERSON and len(draft.name.split()) > 1:
        called = surname(draft.name, draft.forms)
        if surnames[called] == 1:  # no other person goes by it
            forms.append(called)
            forms += _with_particles(draft.name.split(), called)
        forms += _double_surname(draft.name.split())
    return sorted(set(forms), key=len, reverse=True)


def _other_names(draft: Entity, places: Set[str]) -> list[str]:
    return _reordered(draft, places) + [m for f in draft.forms if (m := _members(f))]


def _members(form: str) -> str | None:
    """Round 10: a party called by its members in the plural: "the Free Democrats" of the
    "Free Democratic Party", "Christian Democrats" of the "Christian Democratic Union",
    "Socialists" of the "Socialist Party of the Basque Country"."""
    words = form.partition(" of ")[0].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    head, last = words[-1].lower(), words[-2]
    if head not in _PARTIES or not last.istitle():
        return None
    if last.endswith("ic"):
        plural = f"{last[:-2]}s"  # "Democratic" -> "Democrats"
    elif head == "party" and last.endswith(_MEMBER_ENDINGS):
        plural = f"{last}s"  # "Socialist", "Liberal", "Conservative", "Republican"
    else:
        return None
    return " ".join([*words[:-2], plural])


def _reordered(draft: Entity, places: Set[str]) -> list[str]:
    """Round 10: a public body named for its place, in the other order: "High Court of
    Lesotho" of "Lesotho High Court" and back. Not a university ("Washington University"
    is not the University of Washington)."""
    if draft.type != ORG:
        return []
    found = []
    for form in draft.forms:
        body, of, place = form.rpartition(" of ")
        if of and place in places and _named_body(body):
            found.append(f"{place} {body}")
        for named in places:
            rest = form[len(named) + 1 :]
            if form.startswith(f"{named} ") and _named_body(rest):
                found.append(f"{rest} of {named}")
    return found


def _named_body(words: str) -> bool:
    """ "High Court", "Electoral Commission": capitalised words ending in a body's head."""
    last = words[words.rfind(" ") + 1 :].lower()
    return last in BODY_HEADS and last not in _NOT_REORDERED and words.istitle()


def _with_particles(words: list[str], called: str) -> list[str]:
    """Round 5: a surname alone keeps the particles the full name gives it, capitalised
    too where it opens a sentence ("De Luca said", "de la Garza said", "Van der Merwe")."""
    if len(words) < 3 or words[-1] != called or words[-2].lower() not in PARTICLES:
        return []
    first = len(words) - 2
    while first > 1 and words[first - 1].lower() in PARTICLES:
        first -= 1
    tail = " ".join(words[first:])
    return [tail, tail[:1].upper() + tail[1:]]


def _double_surname(words: list[str]) -> list[str]:
    """Round 7: the last two words of a person's name of three words or more, both
    capitalised, are a double surname used alone ("Peña Almonte scores 29" of "Yokaira
    Peña Almonte"; "Gonçalves Amaral said"); clustering joins it to the full name."""
    tail = words[-2:]
    if len(words) < 3 or not all(w[:1].isupper() and w.lower() not in PARTICLES for w in tail):
        return []
    return [" ".join(tail)]


def _organisation_short_form(draft: Entity, drafts: Sequence[Entity]) -> str | None:
    """An organisation named "<Name> <head words>" ("Brookings Institution", "Meridian
    Editions", "Kestrel Holdings") is called by its first word alone, when no other entity's
    name holds that word."""
    words = draft.name.split()
    if draft.type != ORG or len(words) < 2 or len(words[0]) < 4 or not words[0].istitle():
        return None
    if not all(w.lower() in ORG_HEADS | DESIGNATORS for w in words[1:]):
        return None
    others = (f for d in drafts if d is not draft for f in d.forms)
    if any(words[0] in form.split() for form in others):
        return None
    return words[0]


def _without_designator(draft: Entity, drafts: Sequence[Entity]) -> str | None:
    """A company's name of three words or more without its last word, when that word only
    says it is a company ("Group", "Holdings", "plc"), and no other entity's name holds
    the rest."""
    words = draft.name.split()
    if draft.type != ORG or len(words) < 3 or words[-1].lower().rstrip(".") not in _COMPANY_WORDS:
        return None
    # round 6: "Golden Mekong Sugar" of "… Sugar Co. Ltd"
    words = without_legal_forms(words[:-1], _TRAILING_COMPANY_WORDS)
    rest = " ".join(words)
    if not all(w[:1].isupper() for w in words):
        return None
    if any(rest in form for d in drafts if d is not draft for form in d.forms):
        return None
    return rest


def _with_legal_form(text: str, end: int, occupied: bytearray) -> int:
    """Round 7: a company's legal form after its name is part of it ("KUALA LUMPUR: Selat
    Telekom Bhd and …" of "Selat Telekom")."""
    if text[end : end + 1] != " ":
        return end
    word_end = end + 1
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    word = text[end + 1 : word_end]
    if not word[:1].isupper() or word.lower() not in LEGAL_FORMS or 1 in occupied[end:word_end]:
        return end
    return word_end


def _common_at_start(form: str, text: str, start: int, common: frozenset[str]) -> bool:
    if " " in form or form.lower() not in common:
        return False
    before = text[max(0, start - 3) : start]
    return start == 0 or before.strip() == "" or before.rstrip()[-1:] in '.!?"'
