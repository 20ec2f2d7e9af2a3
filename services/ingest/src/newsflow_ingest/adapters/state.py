"""Ingest's local state in one SQLite file: ids already published, processed drop-folder
files, and each feed's HTTP validators.

SQLite because every writer on a host (the ingest service, `newsflow ingest` runs, a
folder watcher) shares it safely through WAL and a busy timeout, it survives restarts,
and it needs no server. See docs/ingest.md for why not a broker-derived set."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from newsflow_ingest.service.ports import FeedValidators

_SCHEMA = """
create table if not exists seen_articles (
    topic text not null, article_id text not null, seen_at real not null,
    primary key (topic, article_id)) without rowid;
create index if not exists seen_articles_seen_at on seen_articles (seen_at);
create table if not exists processed_files (
    topic text not null, sha256 text not null, path text not null, processed_at real not null,
    primary key (topic, sha256)) without rowid;
create table if not exists feed_validators (
    feed_url text primary key, etag text, modified text) without rowid;
"""
_DAY_SECONDS = 86_400


class IngestState:
    def __init__(self, path: Path, seen_days: int = 30) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # A directory ingest may not write in fails here with its reason ("Read-only file
        # system", "Permission denied") and the path, where SQLite says only "unable to
        # open database file"; mkdir says it only when the directory is not there yet.
        path.touch(exist_ok=True)
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self._db.execute("pragma journal_mode=wal")
        # Each remembered id is its own commit: with synchronous=FULL that was an fsync per
        # article, on the event loop. NORMAL (SQLite's advice for WAL) stays consistent and
        # can lose only the last commits to a power cut: ids published again, which enrich
        # and store absorb (docs/ingest.md), as they do any duplicate.
        self._db.execute("pragma synchronous=normal")
        self._db.executescript(_SCHEMA)
        # Bounded: an id older than the window may be published again, which the
        # idempotent store downstream absorbs.
        cutoff = time.time() - seen_days * _DAY_SECONDS
        self._db.execute("delete from seen_articles where seen_at < ?", (cutoff,))

    def close(self) -> None:
        self._db.close()

    def seen_ids(self, topic: str) -> SqliteSeenIds:
        return SqliteSeenIds(self._db, topic)

    def file_journal(self, topic: str) -> FileJournal:
        return FileJournal(self._db, topic)

    def feed_validators(self, feed_url: str) -> FeedValidators:
        row = self._db.execute(
            "select etag, modified from feed_validators where feed_url = ?", (feed_url,)
        ).fetchone()
        return FeedValidators(*row) if row else FeedValidators()

    def save_feed_validators(self, feed_url: str, validators: FeedValidators) -> None:
        self._db.execute(
            "insert into feed_validators values (?, ?, ?) on conflict (feed_url) do update"
            " set etag = excluded.etag, modified = excluded.modified",
            (feed_url, validators.etag, validators.modified),
        )


class SqliteSeenIds:
    """Article ids already published to one topic from this host."""

    def __init__(self, db: sqlite3.Connection, topic: str) -> None:
        self._db = db
        self._topic = topic

    def seen(self, article_id: str) -> bool:
        row = self._db.execute(
            "select 1 from seen_articles where topic = ? and article_id = ?",
            (self._topic, article_id),
        ).fetchone()
        return row is not None

    def remember(self, article_id: str) -> None:
        self._db.execute(
            "insert or ignore into seen_articles values (?, ?, ?)",
            (self._topic, article_id, time.time()),
        )


class FileJournal:
    """Content hashes of drop-folder files already processed for one topic."""

    def __init__(self, db: sqlite3.Connection, topic: str) -> None:
        self._db = db
        self._topic = topic

    def done(self, sha256: str) -> bool:
        row = self._db.execute(
            "select 1 from processed_files where topic = ? and sha256 = ?", (self._topic, sha256)
        ).fetchone()
        return row is not None

    def record(self, sha256: str, path: Path) -> None:
        self._db.execute(
            "insert or ignore into processed_files values (?, ?, ?, ?)",
            (self._topic, sha256, str(path), time.time()),
        )
