"""A drop folder: article files are ingested as they appear, each exactly once.

"Once" is by content: a journal of SHA-256 hashes survives restarts, so a restarted
watcher skips what it already did, picks up what arrived while it was down, and a file
whose content changes is a new file. Writers should write elsewhere and move the file in
(a rename is atomic), so the watcher never reads half a file."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from watchfiles import Change, awatch

from newsflow_ingest.domain import ArticleFormatError
from newsflow_ingest.service.files import (
    ARTICLE_SUFFIXES,
    articles_from_bytes,
    expand_paths,
    is_article_file,
)
from newsflow_ingest.service.ingestor import Ingestor, IngestReport
from newsflow_ingest.service.ports import Journal


async def ingest_new_file(
    path: Path, ingestor: Ingestor, journal: Journal, report: IngestReport
) -> None:
    try:
        raw = await asyncio.to_thread(path.read_bytes)
    except FileNotFoundError:
        return  # moved away or deleted before its turn
    except OSError as error:
        ingestor.reject(str(path), f"cannot read: {error}", report)
        return
    digest = hashlib.sha256(raw).hexdigest()
    if journal.done(digest):
        return
    try:
        articles = articles_from_bytes(raw, path, datetime.now(UTC), door="watch")
    except ArticleFormatError as error:
        ingestor.reject(str(path), str(error), report)
    else:
        for article in articles:
            await ingestor.submit(article, report)
    # Only after every article is acked: a crash before this line means a retry, not a loss.
    journal.record(digest, path)


async def ingest_folder(folder: Path, ingestor: Ingestor, journal: Journal) -> IngestReport:
    report = IngestReport()
    for path in expand_paths([folder], ARTICLE_SUFFIXES):
        await ingest_new_file(path, ingestor, journal, report)
    return report


def _wanted(change: Change, path: str) -> bool:
    return change != Change.deleted and is_article_file(Path(path))


async def watch_folder(
    folder: Path,
    ingestor: Ingestor,
    journal: Journal,
    on_report: Callable[[IngestReport], None],
    stop: asyncio.Event | None = None,
) -> None:
    """Catches up on what arrived while nobody watched, then ingests new files until `stop`."""
    on_report(await ingest_folder(folder, ingestor, journal))
    async for changes in awatch(folder, watch_filter=_wanted, stop_event=stop):
        report = IngestReport()
        for path in sorted({Path(name) for _, name in changes}):
            if path.is_file():
                await ingest_new_file(path, ingestor, journal, report)
        on_report(report)
