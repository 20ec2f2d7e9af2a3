"""Canonical entities of an article as rows, and their resolution to stored entities.

Cross-article identity rests on alias keys (type-prefixed, normalised names) that enrich
emits, the first being an entity's primary key (its full name). Resolution never joins two
entities through secondary keys alone: "John Smith" and "Jane Smith" share the secondary key
PERSON:smith, but neither's primary key is a key of the other, so they stay apart."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from newsflow_schemas import CanonicalEntity, EnrichedArticle, EntityMention

_WHITESPACE = re.compile(r"\s+")


class EntityRow(NamedTuple):
    """One canonical entity as one article mentions it."""

    article_id: str
    name: str
    type: str
    kind: str
    alias_keys: tuple[str, ...]
    aliases: tuple[str, ...]
    mention_count: int
    salience: float
    sentiment: float | None
    first_start: int
    geonames_id: int | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None

    @property
    def primary_key(self) -> str:
        return self.alias_keys[0]


def entity_key(text: str) -> str:
    """'The  BBC' and 'the bbc' share a key."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def entity_rows(event: EnrichedArticle) -> list[EntityRow]:
    if event.canonical_entities:
        return [_from_canonical(event.article_id, e) for e in event.canonical_entities]
    return _from_raw_mentions(event.article_id, event.entities)


def _from_canonical(article_id: str, entity: CanonicalEntity) -> EntityRow:
    place = entity.place
    keys = entity.alias_keys or (f"{entity.type}:{entity_key(entity.name)}",)
    return EntityRow(
        article_id=article_id,
        name=entity.name,
        type=entity.type,
        kind=entity.kind,
        alias_keys=tuple(dict.fromkeys(keys)),
        aliases=tuple(dict.fromkeys((entity.name, *entity.aliases))),
        mention_count=entity.mention_count,
        salience=entity.salience,
        sentiment=entity.sentiment,
        first_start=min((m.start for m in entity.mentions), default=0),
        geonames_id=place.geonames_id if place else None,
        country_code=place.country_code if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
    )


def _from_raw_mentions(article_id: str, mentions: Iterable[EntityMention]) -> list[EntityRow]:
    """Version 1 events carry only spaCy's spans: each distinct text and label is an entity."""
    grouped: dict[tuple[str, str], list[EntityMention]] = defaultdict(list)
    for mention in mentions:
        if key := entity_key(mention.text):
            grouped[(mention.label, key)].append(mention)
    total = sum(len(group) for group in grouped.values()) or 1
    return [
        EntityRow(
            article_id=article_id,
            name=_WHITESPACE.sub(" ", group[0].text).strip(),
            type=label,
            kind=label,
            alias_keys=(f"{label}:{key}",),
            aliases=tuple(dict.fromkeys(_WHITESPACE.sub(" ", m.text).strip() for m in group)),
            mention_count=len(group),
            salience=round(len(group) / total, 4),
            sentiment=None,
            first_start=min(m.start for m in group),
        )
        for (label, key), group in grouped.items()
    ]


class KnownKey(NamedTuple):
    key: str
    entity_id: int
    is_primary: bool


@dataclass
class Resolution:
    """Each row's entity: an existing id (>0) or a new entity's provisional ref (<0)."""

    refs: list[int] = field(default_factory=list)
    new_entities: dict[int, EntityRow] = field(default_factory=dict)


class _KeyIndex:
    def __init__(self, known: Iterable[KnownKey]) -> None:
        self._primary: dict[str, set[int]] = defaultdict(set)
        self._any: dict[str, set[int]] = defaultdict(set)
        for item in known:
            self.add(item.key, item.entity_id, item.is_primary)

    def add(self, key: str, ref: int, is_primary: bool) -> None:
        self._any[key].add(ref)
        if is_primary:
            self._primary[key].add(ref)

    def match(self, row: EntityRow) -> int | None:
        """Same full name; else the one entity our full name is a short form of, or vice versa."""
        if same := self._primary.get(row.primary_key):
            return min(same)
        for candidates in (
            self._any.get(row.primary_key, set()),
            {ref for key in row.alias_keys[1:] for ref in self._primary.get(key, set())},
        ):
            if len(candidates) == 1:
                return next(iter(candidates))
        return None


def resolve(rows: Sequence[EntityRow], known: Iterable[KnownKey]) -> Resolution:
    """Rows in order, each matched against stored entities and the batch's earlier rows."""
    index, resolution = _KeyIndex(known), Resolution()
    for row in rows:
        ref = index.match(row)
        if ref is None:
            ref = -(len(resolution.new_entities) + 1)
            resolution.new_entities[ref] = row
        for position, key in enumerate(row.alias_keys):
            index.add(key, ref, is_primary=position == 0 and ref < 0)
        resolution.refs.append(ref)
    return resolution
