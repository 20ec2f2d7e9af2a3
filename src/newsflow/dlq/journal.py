"""Which dead letters this host has replayed, so that a second replay publishes nothing.

One SQLite file under NEWSFLOW_HOME, as ingest keeps its state: it survives restarts,
needs no server, and concurrent runs share it through WAL and a busy timeout. Each entry
is keyed by the dead letter's `topic:partition:offset` and remembers a digest of that
record, so a recreated topic whose new records reuse old offsets is not mistaken for done."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Protocol

from newsflow.dlq.letters import DlqError

_SCHEMA = """
create table if not exists replays (
    ref text primary key, fingerprint text not null, target_topic text not null,
    replayed_at real not null) without rowid;
"""


class Journal(Protocol):
    def replayed_at(self, ref: str, fingerprint: str) -> float | None: ...

    def record(self, ref: str, fingerprint: str, target_topic: str) -> None: ...

    def close(self) -> None: ...


class SqliteJournal:
    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        if read_only:
            self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._db.execute("pragma journal_mode=wal")
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def replayed_at(self, ref: str, fingerprint: str) -> float | None:
        row = self._db.execute(
            "select replayed_at from replays where ref = ? and fingerprint = ?", (ref, fingerprint)
        ).fetchone()
        return float(row[0]) if row else None

    def record(self, ref: str, fingerprint: str, target_topic: str) -> None:
        self._db.execute(
            "insert into replays values (?, ?, ?, ?) on conflict (ref) do update set"
            " fingerprint = excluded.fingerprint, target_topic = excluded.target_topic,"
            " replayed_at = excluded.replayed_at",
            (ref, fingerprint, target_topic, time.time()),
        )


class MemoryJournal:
    """For tests, and for reading when no journal file exists yet."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[str, float]] = {}

    def close(self) -> None:
        pass

    def replayed_at(self, ref: str, fingerprint: str) -> float | None:
        entry = self._entries.get(ref)
        return entry[1] if entry and entry[0] == fingerprint else None

    def record(self, ref: str, fingerprint: str, target_topic: str) -> None:
        self._entries[ref] = (fingerprint, time.time())


def open_journal(path: Path, *, read_only: bool) -> Journal:
    """Reading creates nothing: without a file, nothing was replayed from here."""
    if read_only and not path.exists():
        return MemoryJournal()
    try:
        return SqliteJournal(path, read_only=read_only)
    except (OSError, sqlite3.Error) as error:
        raise DlqError(f"cannot open the replay journal {path}: {error}") from error
