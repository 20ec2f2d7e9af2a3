from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsflow.dlq import DlqError
from newsflow.dlq.journal import MemoryJournal, SqliteJournal, open_journal


def test_a_replay_is_remembered_across_runs_for_the_same_record_only(tmp_path: Path) -> None:
    path = tmp_path / "dlq" / "replays.db"
    first = SqliteJournal(path)
    first.record("dlq:0:1", "aaa", "raw")
    first.close()
    again = SqliteJournal(path)
    assert again.replayed_at("dlq:0:1", "aaa") is not None
    assert again.replayed_at("dlq:0:1", "bbb") is None
    assert again.replayed_at("dlq:0:2", "aaa") is None
    again.record("dlq:0:1", "bbb", "raw")
    assert again.replayed_at("dlq:0:1", "bbb") is not None
    assert again.replayed_at("dlq:0:1", "aaa") is None
    again.close()


def test_reading_without_a_journal_creates_none(tmp_path: Path) -> None:
    path = tmp_path / "dlq" / "replays.db"
    assert isinstance(open_journal(path, read_only=True), MemoryJournal)
    assert not path.parent.exists()


def test_reading_opens_an_existing_journal_read_only(tmp_path: Path) -> None:
    path = tmp_path / "replays.db"
    writer = open_journal(path, read_only=False)
    writer.record("dlq:0:1", "aaa", "raw")
    reader = open_journal(path, read_only=True)
    assert reader.replayed_at("dlq:0:1", "aaa") is not None
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.record("dlq:0:2", "aaa", "raw")
    reader.close()
    writer.close()


def test_a_journal_that_cannot_be_opened_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(DlqError, match="cannot open the replay journal"):
        open_journal(blocker / "replays.db", read_only=False)
