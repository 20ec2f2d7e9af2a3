"""From clusters of mentions to canonical entities: name, type, place, more mentions.

After typing, each entity's names are looked for again in the text ("one sense per
discourse"): spaCy often tags a name in one sentence and misses it in the next. A name is
only taken where no other entity span sits, and a one-word name that is also an ordinary
word in this article ("Reading") is not taken at the start of a sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsflow_enrich.domain.clusters import Cluster
from newsflow_enrich.domain.entity_types import PERSON, PLACE, decide_type, majority_label
from newsflow_enrich.domain.gazetteer import Candidate, Gazetteer
from newsflow_enrich.domain.mentions import SentenceIndex, Span, make_span
from newsflow_enrich.domain.names import name_key, person_tokens, surface_form
from newsflow_schemas import GeoPlace

LINKED_TYPES = frozenset({"PERSON", "ORG", "PLACE"})
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@dataclass(frozen=True)
class Draft:
    name: str
    type: str
    kind: str
    spans: tuple[Span, ...]
    place: GeoPlace | None

    @property
    def forms(self) -> list[str]:
        return list(dict.fromkeys(surface_form(s.text) for s in self.spans))


def draft_entities(
    clusters: Sequence[Cluster], gazetteer: Gazetteer, countries: frozenset[str]
) -> list[Draft]:
    drafts = []
    for cluster in clusters:
        forms = list(dict.fromkeys(surface_form(s.text) for s in cluster.spans))
        candidate = _best_place(forms, gazetteer, countries)
        name = _name(forms, cluster, candidate)
        continent = any(gazetteer.is_continent(f) for f in forms)
        entity_type = decide_type(cluster.spans, name, cluster.is_person, candidate, continent)
        place = candidate.place if candidate is not None and entity_type == PLACE else None
        spans = tuple(cluster.spans)
        drafts.append(Draft(name, entity_type, majority_label(spans), spans, place))
    return drafts


def _best_place(
    forms: Sequence[str], gazetteer: Gazetteer, countries: frozenset[str]
) -> Candidate | None:
    found = [c for c in (gazetteer.lookup(f, countries) for f in forms) if c is not None]
    return max(found, key=lambda c: (c.rank, c.population), default=None)


def _name(forms: Sequence[str], cluster: Cluster, place: Candidate | None) -> str:
    counts = Counter(surface_form(s.text) for s in cluster.spans)
    if cluster.is_person:
        return max(forms, key=lambda f: (len(person_tokens(f)), counts[f]))
    if place is not None:
        official = [f for f in forms if name_key(f) == name_key(place.place.name)]
        if official:
            return official[0]
    return max(forms, key=len)


def propagate(
    drafts: Sequence[Draft],
    original: str,
    normalised: str,
    taken: Sequence[tuple[int, int]],
    sentences: SentenceIndex,
) -> list[Draft]:
    owner: dict[str, int] = {}
    for index, draft in enumerate(drafts):
        if draft.type in LINKED_TYPES:
            for form in _searchable_forms(draft, drafts):
                owner.setdefault(form, index)
    if not owner:
        return list(drafts)
    occupied = bytearray(len(normalised))
    for start, end in taken:
        occupied[start:end] = b"\x01" * (end - start)
    common = set(_LOWER_WORD.findall(normalised))
    alternatives = "|".join(re.escape(f) for f in sorted(owner, key=len, reverse=True))
    found: dict[int, list[Span]] = {}
    for match in re.finditer(rf"(?<![\w-])(?:{alternatives})(?!\w)", normalised):
        start, end = match.span()
        if 1 in occupied[start:end] or _common_at_start(match.group(), normalised, match, common):
            continue
        draft_index = owner[match.group()]
        kind = drafts[draft_index].kind
        span = make_span((start, end), kind, original, normalised, sentences)
        found.setdefault(draft_index, []).append(span)
    return [
        replace(d, spans=tuple(sorted(d.spans + tuple(found[i]), key=lambda s: s.start)))
        if i in found
        else d
        for i, d in enumerate(drafts)
    ]


def _searchable_forms(draft: Draft, drafts: Sequence[Draft]) -> list[str]:
    forms = [f.replace("\u2019", "'") for f in draft.forms if len(f) >= 3]
    if draft.type == PERSON:
        surname = draft.name.split()[-1] if len(draft.name.split()) > 1 else None
        others = [d for d in drafts if d is not draft and d.type == PERSON]
        if surname and not any(d.name.split()[-1] == surname for d in others):
            forms.append(surname)
    return sorted(set(forms), key=len, reverse=True)


def _common_at_start(form: str, text: str, match: re.Match[str], common: set[str]) -> bool:
    if " " in form or form.lower() not in common:
        return False
    before = text[max(0, match.start() - 3) : match.start()]
    return match.start() == 0 or before.strip() == "" or before.rstrip()[-1:] in '.!?"'
