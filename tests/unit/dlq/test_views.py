from __future__ import annotations

import json

from newsflow.dlq import LetterId, StoredLetter
from newsflow.dlq.views import (
    count_by_stage_and_reason,
    list_json,
    list_lines,
    pretty,
    show_json,
    show_lines,
    summary,
)
from tests.unit.dlq.fakes import DLQ, stored, truncated


def test_counts_put_the_most_frequent_first_then_stage_and_reason() -> None:
    pairs = [("store", "b"), ("enrich", "z"), ("store", "b"), ("enrich", "a"), ("enrich", "z")]
    assert list(count_by_stage_and_reason(pairs).items()) == [
        (("enrich", "z"), 2),
        (("store", "b"), 2),
        (("enrich", "a"), 1),
    ]


def test_list_lines_are_a_total_and_an_aligned_table() -> None:
    counts = {("enrich", "invalid_raw_article"): 3, ("store", "x"): 1}
    assert list_lines(DLQ, counts) == [
        "4 dead letters on dlq",
        "stage   reason               count",
        "enrich  invalid_raw_article  3",
        "store   x                    1",
    ]
    assert list_lines(DLQ, {}) == ["0 dead letters on dlq"]


def test_list_all_adds_one_line_per_letter_with_its_id_and_flags() -> None:
    entries = [summary(stored(1), replayed=True), summary(truncated(2), replayed=False)]
    lines = list_lines(DLQ, {("enrich", "invalid_raw_article"): 2}, entries)
    assert lines[-3].split() == ["id", "stage", "reason", "failed", "at"]
    assert lines[-2].startswith("0:1  enrich  invalid_raw_article  20")
    assert lines[-2].endswith("  replayed")
    assert lines[-1].startswith("0:2 ") and lines[-1].endswith("  not replayable")


def test_list_json_has_counts_and_letters_only_when_asked() -> None:
    counts = {("enrich", "invalid_raw_article"): 1}
    assert json.loads(list_json(DLQ, counts, None)) == {
        "topic": DLQ,
        "total": 1,
        "counts": [{"stage": "enrich", "reason": "invalid_raw_article", "count": 1}],
    }
    [letter] = json.loads(list_json(DLQ, counts, [summary(stored(7), False)]))["letters"]
    assert letter["id"] == "0:7"
    assert letter["source"] == "raw:2:47"
    assert (letter["key"], letter["error"], letter["replayable"]) == ("k1", "bad", True)


def test_show_names_the_failure_both_sets_of_headers_and_pretty_prints_a_json_payload() -> None:
    text = "\n".join(show_lines(stored(3, payload=b'{"title":"t","n":[1]}'), DLQ, None))
    assert text.startswith("dead letter 0:3 on dlq, written 2026-")
    assert "error:      ValueError: bad" in text
    assert "source:     raw:2:43" in text
    assert "replayable: yes" in text
    assert "replayed:" not in text
    assert "original headers (restored by a replay):\n  ce_id: abc-1\n  traceparent: 00-" in text
    assert "  __connect.errors.topic: raw\n" in text
    assert "  __newsflow.errors.reason: invalid_raw_article\n" in text
    assert text.endswith('payload:\n{\n  "title": "t",\n  "n": [\n    1\n  ]\n}')


def test_show_says_why_a_letter_cannot_be_replayed_and_when_it_was() -> None:
    text = "\n".join(show_lines(truncated(3), DLQ, replayed_at=0))
    assert "truncated" in text
    assert "replayable: no: payload truncated" in text
    assert "replayed:   1970-01-01T00:00:00+00:00" in text


def test_show_of_a_record_that_is_no_dead_letter_shows_its_raw_value() -> None:
    lines = show_lines(StoredLetter(LetterId(0, 0), 0, None, b"junk", (("h", b"\xff"),)), DLQ, None)
    assert "problem:    not a DeadLetter (1 validation errors)" in lines
    assert "  h: \\xff" in lines
    assert lines[-2:] == ["payload:", "junk"]


def test_show_json_carries_the_whole_dead_letter() -> None:
    document = json.loads(show_json(stored(3), DLQ, None))
    assert document["dead_letter"]["headers"][0] == ["ce_id", "abc-1"]
    assert ["__newsflow.errors.reason", "invalid_raw_article"] in document["kafka_headers"]
    assert (document["id"], document["not_replayable_because"]) == ("0:3", None)


def test_pretty_leaves_anything_but_json_as_it_is() -> None:
    assert pretty("not {json") == "not {json"
    assert pretty('{"ü": 1}') == '{\n  "ü": 1\n}'
