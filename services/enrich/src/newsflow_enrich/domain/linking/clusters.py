"""Pass 3, clusters: grouping mentions into entities, within one article.

Mentions first meet under their folded name key (so "Zelenskiy" meets "Zelensky" and
"Izium" meets "Izyum"). Then groups are joined:
- people: full names with the same first and last name are one person, whatever the
  titles, initials or transliteration; a lone surname joins the person with that
  surname, and when two people share it, the one the article introduced first (news
  style names the principal first and gives relatives their full names); a lone first
  name joins the only person with that first name. Two full names that differ in first
  name are never joined;
- an acronym joins the long form it was defined with ("… Republic (DPR)"); round 60: a
  well-known body's names join, as known_organisations.json lists them ("UN", "MSF");
- names that the gazetteer resolves to the same GeoNames place are one place
  ("UK", "Britain", "the United Kingdom");
- a bare name joins its longer form when the rest is a company designator or a
  geographic word ("Arden" -> "Arden Semiconductor", "Eden" -> "River Eden").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsflow_enrich.domain.gazetteer import Gazetteer, Rank
from newsflow_enrich.domain.linking.document import Document, Entity, ShortForm, Span
from newsflow_enrich.domain.linking.heads import PLACE
from newsflow_enrich.domain.linking.known import body_of
from newsflow_enrich.domain.linking.name_parts import join_name_parts
from newsflow_enrich.domain.linking.people import join_people
from newsflow_enrich.domain.names import name_key


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
    """The countries the article names, or names a big city of ("London", "Seoul"): a
    smaller place is looked for there first. Round 45: a big city's name that a named
    country has a big city of is that country's ("Santiago" in an article on the Dominican
    Republic is Santiago de los Caballeros, and brings in no Chile)."""
    placed = [s.text for s in spans if s.coarse == PLACE]
    named = frozenset(
        c.place.country_code
        for c in map(gazetteer.lookup, placed)
        if c is not None and c.rank == Rank.COUNTRY
    )
    found = (gazetteer.lookup(text, named) for text in placed)
    return frozenset(c.place.country_code for c in found if c and c.rank >= Rank.BIG_CITY)


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
    person_joins, people = join_people(groups, gazetteer, countries)
    for a, b in person_joins:
        joins.union(a, b)
    for short_form in short_forms:
        joins.union(name_key(short_form.long), name_key(short_form.short))
    # round 60: "the UN" and the "United Nations", as known_organisations.json lists them
    _join_alike(joins, {key: body for key in groups if (body := body_of(key)) is not None})
    _join_places(groups, joins, gazetteer, countries, people)
    for whole, part in join_name_parts(groups, gazetteer, people):
        joins.union(whole, part)
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


def _join_places(
    groups: dict[str, list[Span]],
    joins: _UnionFind,
    gazetteer: Gazetteer,
    countries: frozenset[str],
    people: set[str],
) -> None:
    places: dict[str, int] = {}
    for key, group in groups.items():
        if key in people:
            continue
        place = gazetteer.lookup(group[0].text, countries)
        placed = any(span.coarse == PLACE for span in group)
        if place is not None and (placed or place.rank >= Rank.REGION):
            places[key] = place.place.geonames_id
    _join_alike(joins, places)


def _join_alike(joins: _UnionFind, ids: dict[str, int]) -> None:
    """Joins the name keys that share an id (a GeoNames place, a known body)."""
    alike: dict[int, list[str]] = defaultdict(list)
    for key, same in ids.items():
        alike[same].append(key)
    for keys in alike.values():
        for key in keys[1:]:
            joins.union(keys[0], key)
