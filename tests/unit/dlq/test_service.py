"""The dlq commands over fake adapters: what is counted, shown and sent, and what is not."""

from __future__ import annotations

import json

import pytest

from newsflow.dlq import REPLAY_HEADER, DlqError, LetterId, Selection
from newsflow.dlq.journal import MemoryJournal
from newsflow.dlq.service import list_letters, replay, resolve_id, show_letter
from tests.unit.dlq.fakes import DLQ, RAW, FakeSend, FakeTopic, stored, truncated

LETTERS = [
    stored(0, stage="enrich", reason="invalid_raw_article"),
    stored(1, stage="enrich", reason="too_large"),
    stored(0, partition=1, stage="store", reason="invalid_enriched_article", key=b"k2"),
    truncated(2),
]


async def test_list_counts_every_letter_by_stage_and_reason() -> None:
    lines = await list_letters(FakeTopic(LETTERS), DLQ, MemoryJournal(), Selection())
    assert lines[0] == "4 dead letters on dlq"
    assert lines[1:] == [
        "stage   reason                    count",
        "enrich  invalid_raw_article       2",
        "enrich  too_large                 1",
        "store   invalid_enriched_article  1",
    ]


async def test_list_all_in_json_lists_each_letter_in_id_order_and_can_filter() -> None:
    topic = FakeTopic(list(reversed(LETTERS)))
    [text] = await list_letters(
        topic, DLQ, MemoryJournal(), Selection(stage="enrich"), every=True, as_json=True
    )
    document = json.loads(text)
    assert document["total"] == 3
    assert [letter["id"] for letter in document["letters"]] == ["0:0", "0:1", "0:2"]
    assert [letter["replayable"] for letter in document["letters"]] == [True, True, False]


async def test_show_finds_a_letter_by_id_and_says_if_it_was_replayed() -> None:
    journal = MemoryJournal()
    letter = LETTERS[2]
    journal.record(letter.ref(DLQ), letter.fingerprint, RAW)
    lines = await show_letter(FakeTopic(LETTERS), DLQ, journal, LetterId(1, 0))
    assert lines[0].startswith("dead letter 1:0 on dlq")
    assert any(line.startswith("replayed:   ") for line in lines)


def test_an_id_from_a_replay_header_must_name_this_topic() -> None:
    assert resolve_id("dlq:1:0", DLQ) == LetterId(1, 0)
    with pytest.raises(DlqError, match="is on topic other, not dlq"):
        resolve_id("other:1:0", DLQ)


async def test_replay_sends_each_replayable_letter_once_and_reports_the_rest() -> None:
    journal, send, said = MemoryJournal(), FakeSend(), list[str]()
    report = await replay(FakeTopic(LETTERS), DLQ, journal, send, Selection(), say=said.append)
    assert report.summary() == "replayed 3, skipped already-replayed 0, not replayable 1"
    assert [(topic, key) for topic, key, _, _ in send.sent] == [
        (RAW, b"k1"),
        (RAW, b"k1"),
        (RAW, b"k2"),
    ]
    assert [dict(headers)[REPLAY_HEADER] for *_, headers in send.sent] == [
        b"dlq:0:0",
        b"dlq:0:1",
        b"dlq:1:0",
    ]
    assert "not replayable 0:2 (enrich, invalid_raw_article): payload truncated" in "\n".join(said)

    again = await replay(FakeTopic(LETTERS), DLQ, journal, send, Selection(), say=said.append)
    assert again.summary() == "replayed 0, skipped already-replayed 3, not replayable 1"
    assert len(send.sent) == 3


async def test_again_replays_what_the_journal_holds() -> None:
    journal, send = MemoryJournal(), FakeSend()
    await replay(FakeTopic(LETTERS[:1]), DLQ, journal, send, Selection(), say=print)
    report = await replay(FakeTopic(LETTERS[:1]), DLQ, journal, send, Selection(), again=True)
    assert (report.replayed, len(send.sent)) == (1, 2)


async def test_a_dry_run_sends_nothing_and_journals_nothing() -> None:
    journal, said = MemoryJournal(), list[str]()
    report = await replay(FakeTopic(LETTERS), DLQ, journal, None, Selection(), say=said.append)
    assert report.summary() == "would replay 3, skipped already-replayed 0, not replayable 1"
    assert "would replay 0:0 to raw (enrich, invalid_raw_article)" in said
    assert journal.replayed_at(LETTERS[0].ref(DLQ), LETTERS[0].fingerprint) is None


async def test_stage_and_reason_select_what_is_replayed() -> None:
    send = FakeSend()
    selection = Selection(stage="enrich", reason="too_large")
    report = await replay(FakeTopic(LETTERS), DLQ, MemoryJournal(), send, selection, say=print)
    assert (report.replayed, report.not_replayable) == (1, 0)
    assert [dict(headers)[REPLAY_HEADER] for *_, headers in send.sent] == [b"dlq:0:1"]


async def test_a_letter_whose_source_topic_is_gone_is_not_replayed() -> None:
    send = FakeSend()
    topic = FakeTopic(LETTERS[:1], topics=())
    report = await replay(topic, DLQ, MemoryJournal(), send, Selection(), say=print)
    assert (report.replayed, report.not_replayable, send.sent) == (0, 1, [])


async def test_a_recreated_topic_reusing_an_id_is_not_taken_for_replayed() -> None:
    journal, send = MemoryJournal(), FakeSend()
    await replay(FakeTopic([stored(0)]), DLQ, journal, send, Selection(), say=print)
    newer = stored(0, payload=b'{"title": "another"}')
    report = await replay(FakeTopic([newer]), DLQ, journal, send, Selection(), say=print)
    assert report.replayed == 1
    assert send.sent[-1][2] == b'{"title": "another"}'
