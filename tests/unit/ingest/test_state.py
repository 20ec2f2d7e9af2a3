import sqlite3
import time
from pathlib import Path

from newsflow_ingest.adapters.state import IngestState
from newsflow_ingest.service.ports import FeedValidators


def test_published_ids_survive_a_restart_per_topic(tmp_path: Path) -> None:
    state = IngestState(tmp_path / "state.db")
    state.seen_ids("raw").remember("a" * 32)
    state.close()

    reopened = IngestState(tmp_path / "state.db")
    assert reopened.seen_ids("raw").seen("a" * 32)
    assert not reopened.seen_ids("other-topic").seen("a" * 32)


def test_ids_older_than_the_window_are_forgotten(tmp_path: Path) -> None:
    IngestState(tmp_path / "state.db").seen_ids("raw").remember("a" * 32)
    with sqlite3.connect(tmp_path / "state.db") as db:
        db.execute("update seen_articles set seen_at = ?", (time.time() - 3 * 86_400,))
    assert not IngestState(tmp_path / "state.db", seen_days=2).seen_ids("raw").seen("a" * 32)


def test_two_writers_share_one_file(tmp_path: Path) -> None:
    service, cli = IngestState(tmp_path / "s.db"), IngestState(tmp_path / "s.db")
    cli.seen_ids("raw").remember("b" * 32)
    assert service.seen_ids("raw").seen("b" * 32)


def test_file_journal_and_feed_validators(tmp_path: Path) -> None:
    state = IngestState(tmp_path / "nested" / "state.db")
    journal = state.file_journal("raw")
    journal.record("f" * 64, tmp_path / "x.txt")
    assert journal.done("f" * 64) and not state.file_journal("other").done("f" * 64)

    assert state.feed_validators("http://f") == FeedValidators()
    state.save_feed_validators("http://f", FeedValidators('"v1"', "Tue, 01 Dec 2026"))
    state.save_feed_validators("http://f", FeedValidators('"v2"', None))
    assert state.feed_validators("http://f") == FeedValidators('"v2"', None)


def test_ids_are_committed_without_a_flush_to_disk_each(tmp_path: Path) -> None:
    # An fsync per remembered id cost ingest more than the rest of a request; the ids are an
    # optimisation that duplicates downstream absorb, so a power cut may forget the last few.
    state = IngestState(tmp_path / "state.db")
    normal = 1
    assert state._db.execute("pragma synchronous").fetchone() == (normal,)
    state.close()
