"""Pass 3, clusters: grouping mentions into entities, within one article.

Mentions first meet under their folded name key (so "Zelenskiy" meets "Zelensky" and
"Izium" meets "Izyum"). Then groups are joined:
- people: full names with the same first and last name are one person, whatever the
  titles, initials or transliteration; a lone surname joins the person with that
  surname, and when two people share it, the one the article introduced first (news
  style names the principal first and gives relatives their full names); a lone first
  name joins the only person with that first name. Two full names that differ in first
  name are never joined;
- an acronym joins the long form it was defined with ("… Republic (DPR)");
- names that the gazetteer resolves to the same GeoNames place are one place
  ("UK", "Britain", "the United Kingdom");
- a bare name joins its longer form when the rest is a company designator or a
  geographic word ("Arden" -> "Arden Semiconductor", "Eden" -> "River Eden").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsflow_enrich.domain.gazetteer import Gazetteer, Rank
from newsflow_enrich.domain.linking.document import Document, Entity, ShortForm, Span
from newsflow_enrich.domain.linking.heads import PLACE, PLACE_HEADS, PLACE_PREFIXES, head_type
from newsflow_enrich.domain.names import name_key, name_tokens, person_tokens, word_set

DESIGNATORS = word_set(
    """semiconductor semiconductors systems group holdings inc ltd plc corp corporation company
    co technologies technology industries airlines airways motors energy pharmaceuticals
    international partners capital party"""
)
PLACE_WORDS = PLACE_HEADS | PLACE_PREFIXES


class _UnionFind:
    def __init__(self, keys: Iterable[str]) -> None:
        self._parent = {key: key for key in keys}

    def find(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        if a in self._parent and b in self._parent:
            self._parent[self.find(b)] = self.find(a)


def cluster(document: Document, gazetteer: Gazetteer) -> Document:
    """The countries the article names first: they choose between same-named places."""
    countries = _countries(document.mentions, gazetteer)
    entities = cluster_mentions(document.mentions, document.short_forms, gazetteer, countries)
    return replace(document, countries=countries, entities=tuple(entities))


def _countries(spans: Sequence[Span], gazetteer: Gazetteer) -> frozenset[str]:
    found = (gazetteer.lookup(s.text) for s in spans if s.coarse == PLACE)
    return frozenset(c.place.country_code for c in found if c and c.rank == Rank.COUNTRY)


def cluster_mentions(
    spans: Sequence[Span],
    short_forms: Sequence[ShortForm],
    gazetteer: Gazetteer,
    countries: frozenset[str],
) -> list[Entity]:
    groups: dict[str, list[Span]] = defaultdict(list)
    for span in sorted(spans, key=lambda s: s.start):
        key = name_key(span.text)
        if key:
            groups[key].append(span)
    joins = _UnionFind(groups)
    people = _join_people(groups, joins, gazetteer)
    for short_form in short_forms:
        joins.union(name_key(short_form.long), name_key(short_form.short))
    _join_places(groups, joins, gazetteer, countries, people)
    _join_short_forms(groups, joins, gazetteer, people)
    merged: dict[str, list[Span]] = defaultdict(list)
    is_person: dict[str, bool] = defaultdict(bool)
    for key, group in groups.items():
        root = joins.find(key)
        merged[root].extend(group)
        is_person[root] = is_person[root] or key in people
    entities = [
        Entity(tuple(sorted(spans, key=lambda s: s.start)), is_person[root])
        for root, spans in merged.items()
    ]
    return sorted(entities, key=lambda e: e.spans[0].start)


def _is_full_name(key: str, group: Sequence[Span], gazetteer: Gazetteer) -> bool:
    text = group[0].text
    if len(person_tokens(text)) < 2 or head_type(text) is not None:
        return False
    votes = Counter(span.described_as or span.coarse for span in group)
    place = gazetteer.lookup(text)
    strong_place = place is not None and place.rank >= Rank.REGION
    return votes["PERSON"] * 2 >= len(group) and not strong_place


def _join_people(
    groups: dict[str, list[Span]], joins: _UnionFind, gazetteer: Gazetteer
) -> set[str]:
    """Joins people; returns the keys that belong to a person with a full name."""
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, group in groups.items():
        if _is_full_name(key, group, gazetteer):
            tokens = person_tokens(group[0].text)
            full[(tokens[0], tokens[-1])].append(key)
    for keys in full.values():
        for key in keys[1:]:
            joins.union(keys[0], key)
    people = {key for keys in full.values() for key in keys}
    introduced = {pair: min(groups[k][0].start for k in keys) for pair, keys in full.items()}
    for key, group in groups.items():
        tokens = person_tokens(group[0].text)
        if len(tokens) != 1 or key in people:
            continue
        target = _person_for(tokens[0], group, introduced, gazetteer)
        if target is not None:
            joins.union(full[target][0], key)
            people.add(key)
    return people


def _person_for(
    token: str,
    group: Sequence[Span],
    introduced: dict[tuple[str, str], int],
    gazetteer: Gazetteer,
) -> tuple[str, str] | None:
    place = gazetteer.lookup(group[0].text)
    labels = Counter(span.coarse for span in group)
    placed = labels[PLACE] * 2 > len(group)
    by_surname = [pair for pair in introduced if pair[1] == token]
    if by_surname and not (placed and place is not None):
        return min(by_surname, key=lambda pair: introduced[pair])
    by_first = [pair for pair in introduced if pair[0] == token]
    if len(by_first) == 1 and place is None and labels["PERSON"] * 2 > len(group):
        return by_first[0]
    return None


def _join_places(
    groups: dict[str, list[Span]],
    joins: _UnionFind,
    gazetteer: Gazetteer,
    countries: frozenset[str],
    people: set[str],
) -> None:
    by_place: dict[int, list[str]] = defaultdict(list)
    for key, group in groups.items():
        if key in people:
            continue
        place = gazetteer.lookup(group[0].text, countries)
        placed = any(span.coarse == PLACE for span in group)
        if place is not None and (placed or place.rank >= Rank.REGION):
            by_place[place.place.geonames_id].append(key)
    for keys in by_place.values():
        for key in keys[1:]:
            joins.union(keys[0], key)


def _join_short_forms(
    groups: dict[str, list[Span]], joins: _UnionFind, gazetteer: Gazetteer, people: set[str]
) -> None:
    longer = [(k, name_tokens(k)) for k in groups if len(k.split()) > 1 and k not in people]
    for key, group in groups.items():
        place = gazetteer.lookup(group[0].text)
        if key in people or (place and place.rank >= Rank.REGION):
            continue
        short = key.split()
        matches = [k for k, tokens in longer if _short_form_of(short, tokens)]
        if len(matches) == 1:
            joins.union(matches[0], key)


def _short_form_of(short: list[str], tokens: list[str]) -> bool:
    """ "Arden" of "Arden Semiconductor", "Free Democrats" of "Free Democratic Party",
    "Eden" of "River Eden"."""
    head = tokens[: len(short)]
    if len(tokens) > len(short) and [_stem(t) for t in head] == [_stem(t) for t in short]:
        return all(t in DESIGNATORS for t in tokens[len(short) :])
    if len(short) != 1 or short[0] not in tokens:
        return False
    return all(t in PLACE_WORDS for t in tokens if t != short[0])


def _stem(token: str) -> str:
    """Just enough to meet "Democrats" with "Democratic" and "Greens" with "Green"."""
    return token.removesuffix("s").removesuffix("ic")
