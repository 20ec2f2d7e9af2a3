from __future__ import annotations

import pytest

from newsflow.dlq import REPLAY_HEADER, DlqError, LetterId, StoredLetter
from newsflow.dlq.letters import (
    UNREADABLE_REASON,
    UNREADABLE_STAGE,
    matches,
    parse_id,
    replay_record,
    why_not_replayable,
)
from tests.unit.dlq.fakes import DLQ, ORIGINAL_HEADERS, RAW, stored, truncated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0:12", (None, LetterId(0, 12))),
        (" 3:0 ", (None, LetterId(3, 0))),
        (
            "newsflow.articles.dead-letter.v1:2:7",
            ("newsflow.articles.dead-letter.v1", LetterId(2, 7)),
        ),
    ],
)
def test_an_id_is_partition_and_offset_optionally_after_the_topic(
    text: str, expected: tuple[str | None, LetterId]
) -> None:
    assert parse_id(text) == expected


@pytest.mark.parametrize("text", ["", "12", "a:1", "1:-2", "1:2:3:4", ":1:2", "1:٣"])
def test_anything_else_is_a_bad_id(text: str) -> None:
    with pytest.raises(DlqError, match="expected <partition>:<offset>"):
        parse_id(text)


def test_an_id_prints_as_it_is_parsed() -> None:
    assert str(LetterId(4, 99)) == "4:99"
    assert stored(99, partition=4).ref("dlq") == "dlq:4:99"


def test_a_record_that_is_not_a_dead_letter_is_kept_with_its_problem() -> None:
    garbage = StoredLetter(LetterId(0, 1), 0, None, b"{not json")
    tombstone = StoredLetter(LetterId(0, 2), 0, b"k", None)
    assert (garbage.letter, garbage.stage, garbage.reason) == (
        None,
        UNREADABLE_STAGE,
        UNREADABLE_REASON,
    )
    assert garbage.problem is not None and "not a DeadLetter" in garbage.problem
    assert tombstone.problem == "an empty record (tombstone)"
    assert why_not_replayable(garbage) == garbage.problem


def test_stage_and_reason_select_and_none_matches_any() -> None:
    letter = stored(0, stage="store", reason="invalid_enriched_article")
    assert matches(letter)
    assert matches(letter, stage="store")
    assert matches(letter, stage="store", reason="invalid_enriched_article")
    assert not matches(letter, stage="enrich")
    assert not matches(letter, reason="other")


def test_a_whole_payload_whose_topic_exists_is_replayable() -> None:
    assert why_not_replayable(stored(0)) is None
    assert why_not_replayable(stored(0), {RAW}) is None


def test_a_truncated_payload_is_not_replayable() -> None:
    why = why_not_replayable(truncated(0))
    assert why is not None and why.startswith("payload truncated")


def test_a_payload_that_was_not_utf8_cannot_be_restored_byte_for_byte() -> None:
    why = why_not_replayable(stored(0, payload=b'{"title": "\xff"}'))
    assert why == "payload differs from the original bytes (they were not valid UTF-8)"


def test_a_letter_without_a_source_topic_or_whose_topic_is_gone_is_not_replayable() -> None:
    letter = stored(0)
    assert letter.letter is not None
    orphan = StoredLetter(
        letter.id,
        0,
        None,
        letter.letter.model_copy(update={"source_topic": None}).model_dump_json().encode(),
    )
    assert why_not_replayable(orphan) == "no source topic recorded"
    assert why_not_replayable(letter, {"elsewhere"}) == f"its source topic {RAW} does not exist"


def test_a_replay_is_the_original_key_value_and_headers_plus_where_it_came_from() -> None:
    record = replay_record(stored(5, partition=1, payload=b'{"title": "t"}'), DLQ)
    assert (record.topic, record.key, record.value) == (RAW, b"k1", b'{"title": "t"}')
    assert record.headers == [*ORIGINAL_HEADERS, (REPLAY_HEADER, b"dlq:1:5")]


def test_a_message_without_key_is_replayed_without_key() -> None:
    assert replay_record(stored(0, key=None), DLQ).key is None
