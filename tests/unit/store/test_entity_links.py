"""One link per article and entity: a row alone as it is, rows the store merged combined.
And only the keys not yet stored for their entity are sent."""

from __future__ import annotations

from newsflow_store.adapters.entity_writer import LinkRow, _keys, _links
from newsflow_store.domain import EntityRow


def row(name: str, count: int, salience: float, sentiment: float | None, start: int) -> EntityRow:
    return EntityRow(
        "a1",
        name,
        "PERSON",
        "PERSON",
        (f"PERSON:{name}",),
        (name,),
        count,
        salience,
        sentiment,
        start,
    )


def test_an_entity_mentioned_once_per_article_keeps_its_own_figures() -> None:
    rows = [row("ana", 3, 0.25, -0.5, 40), row("ben", 1, 0.1, None, 7)]

    assert _links(rows, [1, 2]) == [
        LinkRow("a1", 1, 3, 0.25, -0.5, 40),
        LinkRow("a1", 2, 1, 0.1, None, 7),
    ]


def test_two_rows_resolved_to_one_entity_make_one_link() -> None:
    rows = [row("ana", 3, 0.7, 0.5, 40), row("silva", 1, 0.6, -0.5, 12), row("x", 2, 0.1, None, 9)]

    [merged] = _links(rows[:2], [1, 1])
    counted = _links(rows[1:], [5, 5])

    assert merged == LinkRow("a1", 1, 4, 1.0, (0.5 * 3 - 0.5) / 4, 12)
    assert counted == [LinkRow("a1", 5, 3, 0.7, -0.5, 9)]  # only scored rows weigh sentiment


def test_only_keys_not_yet_stored_for_their_entity_are_written() -> None:
    known, new = row("ana", 1, 0.5, None, 0), row("ben", 1, 0.5, None, 3)
    known = known._replace(alias_keys=("PERSON:ana", "PERSON:okoro"))

    keys = _keys([known, new], [7, -1], {("PERSON:ana", 7)})

    assert sorted(keys) == [("PERSON:ben", -1, True), ("PERSON:okoro", 7, False)]
