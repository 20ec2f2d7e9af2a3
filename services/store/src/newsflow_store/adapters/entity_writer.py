"""Resolves a batch's canonical entities to stored ones and writes entities, keys, aliases
and article links, each with one set-based statement."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
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


async def write_entities(cur: AsyncCursor[Any], rows: Sequence[EntityRow]) -> tuple[int, int]:
    """Returns how many entities were created and how many links were written."""
    if not rows:
        return 0, 0
    await cur.execute(sql.LOCK_ENTITY_RESOLUTION)
    await cur.execute(sql.KNOWN_KEYS, (sorted({k for row in rows for k in row.alias_keys}),))
    known = [KnownKey(*found) for found in await cur.fetchall()]
    resolution = resolve(rows, known)
    ids = await _allocate_ids(cur, sorted(resolution.new_entities, reverse=True))
    entity_ids = [ids.get(ref, ref) for ref in resolution.refs]
    new = [_entity(ids[ref], row) for ref, row in resolution.new_entities.items()]
    await _copy(cur, sql.COPY_ENTITIES, new)
    await cur.execute(sql.ENRICH_PLACES, columns(_places(rows, entity_ids), 5))
    keys = _keys(rows, resolution.refs, entity_ids, {(k.key, k.entity_id) for k in known})
    await cur.execute(sql.INSERT_KEYS, columns(keys, 3))
    aliases = sorted(
        {(i, alias) for i, row in zip(entity_ids, rows, strict=True) for alias in row.aliases}
    )
    await cur.execute(sql.INSERT_ALIASES, columns(aliases, 2))
    links = _links(rows, entity_ids)
    await _copy(cur, sql.COPY_LINKS, links)
    return len(new), len(links)


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


def _places(rows: Sequence[EntityRow], ids: Sequence[int]) -> list[tuple[Any, ...]]:
    found = {i: row for i, row in zip(ids, rows, strict=True) if row.geonames_id is not None}
    return [
        (i, row.geonames_id, row.country_code, row.latitude, row.longitude)
        for i, row in sorted(found.items())
    ]


def _keys(
    rows: Sequence[EntityRow],
    refs: Sequence[int],
    ids: Sequence[int],
    known: Collection[tuple[str, int]],
) -> list[tuple[str, int, bool]]:
    """The keys to add: those not yet stored for their entity (most are, once it is known)."""
    keys = {
        (key, entity_id, position == 0 and ref < 0)
        for row, ref, entity_id in zip(rows, refs, ids, strict=True)
        for position, key in enumerate(row.alias_keys)
        if (key, entity_id) not in known
    }
    return sorted(keys)


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
