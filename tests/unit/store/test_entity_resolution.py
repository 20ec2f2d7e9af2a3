"""Resolving canonical entities to stored ones by their alias keys: pure, no database."""

from __future__ import annotations

from newsflow_store.domain import EntityRow, KnownKey, resolve


def row(name: str, *keys: str, article: str = "a1") -> EntityRow:
    return EntityRow(article, name, "PERSON", "PERSON", keys, (name,), 1, 0.5, None, 0)


ZELENSKY_FULL = row("Volodymyr Zelensky", "PERSON:volodymyr zelensky", "PERSON:zelensky")
STORED_ZELENSKY = [
    KnownKey("PERSON:volodymyr zelensky", 7, True),
    KnownKey("PERSON:zelensky", 7, False),
]


def test_an_unknown_entity_becomes_a_new_one() -> None:
    resolution = resolve([ZELENSKY_FULL], [])
    assert resolution.refs == [-1]
    assert resolution.new_entities == {-1: ZELENSKY_FULL}


def test_the_same_full_name_joins_the_stored_entity() -> None:
    assert resolve([ZELENSKY_FULL], STORED_ZELENSKY).refs == [7]


def test_a_later_surname_only_mention_joins_the_full_name_seen_earlier() -> None:
    # "Zelenskiy" folds to the key PERSON:zelensky in enrich; it is a secondary key of 7.
    assert resolve([row("Zelenskiy", "PERSON:zelensky")], STORED_ZELENSKY).refs == [7]


def test_a_full_name_joins_an_entity_first_seen_by_surname_alone() -> None:
    known = [KnownKey("PERSON:pushilin", 3, True)]
    full = row("Denis Pushilin", "PERSON:denis pushilin", "PERSON:pushilin")
    assert resolve([full], known).refs == [3]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    known = [KnownKey("PERSON:john smith", 1, True), KnownKey("PERSON:smith", 1, False)]
    jane = row("Jane Smith", "PERSON:jane smith", "PERSON:smith")
    assert resolve([jane], known).refs == [-1]


def test_an_ambiguous_surname_joins_nobody() -> None:
    known = [
        KnownKey("PERSON:john smith", 1, True),
        KnownKey("PERSON:smith", 1, False),
        KnownKey("PERSON:jane smith", 2, True),
        KnownKey("PERSON:smith", 2, False),
    ]
    assert resolve([row("Smith", "PERSON:smith")], known).refs == [-1]


def test_rows_of_one_batch_resolve_against_each_other() -> None:
    later = row("Zelenskiy", "PERSON:zelensky", article="a2")
    resolution = resolve([ZELENSKY_FULL, later], [])
    assert resolution.refs == [-1, -1]
    assert list(resolution.new_entities) == [-1]
