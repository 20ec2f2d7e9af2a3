"""Resolves a batch's canonical entities to stored ones and writes entities, keys, aliases
and article links, each with one set-based statement.

The resolution is planned in the client (`plan_entities`) from the keys stored, and can be
planned early, while the server takes in the batch's articles; it is checked against the
keys read again under the resolution lock, and planned again only if they changed."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from psycopg import AsyncCursor

from newsflow_store.adapters import statements as sql
from newsflow_store.adapters.statements import columns
from newsflow_store.domain import EntityRow, KnownKey, resolve


class LinkRow(NamedTuple):
    article_id: str
    entity_id: int
    mention_count: int
    salience: float
    sentiment: float | None
    first_start: int


@dataclass(frozen=True)
class EntityPlan:
    """The rows a batch's entities make, given the keys stored when it was made: new
    entities are named by their provisional refs (< 0) until they are given ids."""

    rows: Sequence[EntityRow]
    known: frozenset[KnownKey]
    new: dict[int, EntityRow]
    places: list[tuple[Any, ...]]
    keys: list[tuple[str, int, bool]]
    aliases: set[tuple[int, str]]
    links: list[LinkRow]


def plan_entities(rows: Sequence[EntityRow], known: frozenset[KnownKey]) -> EntityPlan:
    resolution = resolve(rows, known)
    refs = resolution.refs
    stored = {(k.key, k.entity_id) for k in known}
    aliases = {(ref, alias) for ref, row in zip(refs, rows, strict=True) for alias in row.aliases}
    return EntityPlan(
        rows,
        known,
        resolution.new_entities,
        _places(rows, refs),
        _keys(rows, refs, stored),
        aliases,
        _links(rows, refs),
    )


async def known_keys(cur: AsyncCursor[Any], rows: Sequence[EntityRow]) -> frozenset[KnownKey]:
    await cur.execute(sql.KNOWN_KEYS, (sorted({k for row in rows for k in row.alias_keys}),))
    return frozenset(KnownKey(*found) for found in await cur.fetchall())


@dataclass(frozen=True)
class StoredEntities:
    """What storing a batch's entities gave: how many were new, and the batch's links, each
    with its entity's stored id, for the articles' transaction to write."""

    inserted: int = 0
    links: Sequence[tuple[Any, ...]] = ()

    def of(self, article_ids: Collection[str]) -> list[tuple[Any, ...]]:
        return [link for link in self.links if link[0] in article_ids]


async def store_entities(
    cur: AsyncCursor[Any], rows: Sequence[EntityRow], guess: EntityPlan | None = None
) -> StoredEntities:
    """Resolves the rows under the resolution lock and writes their new entities, keys,
    aliases and places. `guess`: a plan of the same rows made before the lock, from the keys
    stored then; it is used if the keys read under the lock are the same, and made again if
    not. The caller commits, which releases the lock: the links go in afterwards, in the
    articles' own transaction, so that writers do not queue for the lock behind each
    other's links and their foreign-key checks."""
    if not rows:
        return StoredEntities()
    await cur.execute(sql.LOCK_ENTITY_RESOLUTION)
    known = await known_keys(cur, rows)
    fits = guess is not None and guess.rows is rows and guess.known == known
    plan = guess if guess is not None and fits else plan_entities(rows, known)
    ids = await _allocate_ids(cur, sorted(plan.new, reverse=True))
    await _copy(cur, sql.COPY_ENTITIES, [_entity(ids[ref], row) for ref, row in plan.new.items()])
    await cur.execute(sql.ENRICH_PLACES, columns(sorted(_with_ids(plan.places, 0, ids)), 5))
    await cur.execute(sql.INSERT_KEYS, columns(sorted(_with_ids(plan.keys, 1, ids)), 3))
    await cur.execute(sql.INSERT_ALIASES, columns(sorted(_with_ids(plan.aliases, 0, ids)), 2))
    return StoredEntities(len(plan.new), _with_ids(plan.links, 1, ids))


async def write_links(cur: AsyncCursor[Any], links: Sequence[tuple[Any, ...]]) -> None:
    await _copy(cur, sql.COPY_LINKS, links)


def _with_ids(
    rows: Iterable[tuple[Any, ...]], at: int, ids: Mapping[int, int]
) -> list[tuple[Any, ...]]:
    """The rows with the provisional ref in column `at` replaced by the new entity's id."""
    if not ids:
        return list(rows)
    return [row if row[at] > 0 else (*row[:at], ids[row[at]], *row[at + 1 :]) for row in rows]


async def _copy(cur: AsyncCursor[Any], statement: str, rows: Iterable[tuple[Any, ...]]) -> None:
    async with cur.copy(statement) as copy:
        for row in rows:
            await copy.write_row(row)


async def _allocate_ids(cur: AsyncCursor[Any], refs: list[int]) -> dict[int, int]:
    if not refs:
        return {}
    await cur.execute(sql.NEW_ENTITY_IDS, (len(refs),))
    return {ref: int(found[0]) for ref, found in zip(refs, await cur.fetchall(), strict=True)}


def _entity(entity_id: int, row: EntityRow) -> tuple[Any, ...]:
    return (
        entity_id,
        row.name,
        row.type,
        row.kind,
        row.geonames_id,
        row.country_code,
        row.latitude,
        row.longitude,
    )


def _places(rows: Sequence[EntityRow], refs: Sequence[int]) -> list[tuple[Any, ...]]:
    found = {ref: row for ref, row in zip(refs, rows, strict=True) if row.geonames_id is not None}
    return [
        (ref, row.geonames_id, row.country_code, row.latitude, row.longitude)
        for ref, row in found.items()
    ]


def _keys(
    rows: Sequence[EntityRow], refs: Sequence[int], known: Collection[tuple[str, int]]
) -> list[tuple[str, int, bool]]:
    """The keys to add: those not yet stored for their entity (most are, once it is known).
    A new entity's first key is its primary key."""
    keys = {
        (key, ref, position == 0 and ref < 0)
        for row, ref in zip(rows, refs, strict=True)
        for position, key in enumerate(row.alias_keys)
        if (key, ref) not in known
    }
    return list(keys)


def _links(rows: Sequence[EntityRow], ids: Sequence[int]) -> list[LinkRow]:
    """One link per article and entity, even when the store merged two of enrich's entities."""
    merged: dict[tuple[str, int], list[EntityRow]] = {}
    for row, entity_id in zip(rows, ids, strict=True):
        merged.setdefault((row.article_id, entity_id), []).append(row)
    return [
        _link(article_id, entity_id, group) for (article_id, entity_id), group in merged.items()
    ]


def _link(article_id: str, entity_id: int, group: list[EntityRow]) -> LinkRow:
    if len(group) == 1:  # nearly always: sums over one row cost a tenth of the client's time
        row = group[0]
        return LinkRow(
            article_id,
            entity_id,
            row.mention_count,
            min(1.0, row.salience),
            row.sentiment,
            row.first_start,
        )
    count = sum(row.mention_count for row in group)
    scored = [(row.sentiment, row.mention_count) for row in group if row.sentiment is not None]
    sentiment = sum(s * n for s, n in scored) / sum(n for _, n in scored) if scored else None
    return LinkRow(
        article_id=article_id,
        entity_id=entity_id,
        mention_count=count,
        salience=min(1.0, sum(row.salience for row in group)),
        sentiment=sentiment,
        first_start=min(row.first_start for row in group),
    )
