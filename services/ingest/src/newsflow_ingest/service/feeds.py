"""Polling RSS and Atom feeds: new entries become articles, known ones are skipped.

A feed's ETag and Last-Modified are saved only once every entry of the response was
handled; after a failure the next poll fetches the whole feed again instead of a 304."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime

from newsflow_ingest.domain import ArticleFormatError
from newsflow_ingest.domain.feed_entry import (
    FeedEntry,
    article_from_entry,
    entry_id,
    own_text,
    page_paragraphs,
    parse_feed,
    teaser_text,
)
from newsflow_ingest.service.ingestor import Ingestor, IngestReport
from newsflow_ingest.service.ports import FeedState, FetchError, Web

log = logging.getLogger(__name__)


async def poll_feed(url: str, web: Web, state: FeedState, ingestor: Ingestor) -> IngestReport:
    report = IngestReport()
    try:
        fetched = await web.fetch_feed(url, state.feed_validators(url))
    except FetchError as error:
        report.fetch_failed[url] = f"feed: {error}"
        return report
    if fetched is None:
        report.unchanged.append(url)  # 304 Not Modified
        return report
    try:
        feed = await asyncio.to_thread(parse_feed, fetched.content)
    except ArticleFormatError as error:
        ingestor.reject(url, f"feed: {error}", report)
        return report
    complete = True
    for entry in feed.entries:
        handled = await _ingest_entry(entry, url, feed.language, web, ingestor, report)
        complete = complete and handled
    if complete:
        state.save_feed_validators(url, fetched.validators)
    return report


async def _entry_body(entry: FeedEntry, web: Web) -> list[str]:
    """The item's own text when it is an article; its page's text when it is a teaser."""
    if own := own_text(entry):
        return own
    if not entry.link:
        return teaser_text(entry)
    html = await web.fetch_page(entry.link)
    return await asyncio.to_thread(page_paragraphs, html, entry.link)


async def _ingest_entry(
    entry: FeedEntry,
    feed_url: str,
    language: str,
    web: Web,
    ingestor: Ingestor,
    report: IngestReport,
) -> bool:
    """False when the entry failed in a way worth retrying at the next poll."""
    known_id = entry_id(entry)
    if known_id and ingestor.already_published(known_id):
        ingestor.skip(known_id, report)  # before fetching its page again
        return True
    where = entry.link or f"{feed_url} entry {entry.title!r}"
    try:
        body = await _entry_body(entry, web)
        article = article_from_entry(
            entry, body, source=f"feed:{feed_url}", language=language, ingested_at=datetime.now(UTC)
        )
    except FetchError as error:
        report.fetch_failed[where] = f"page: {error}"
        return False
    except ArticleFormatError as error:
        ingestor.reject(where, str(error), report)
        return True
    await ingestor.submit(article, report)
    return True


async def poll_forever(
    urls: Sequence[str],
    interval_seconds: float,
    poll: Callable[[str], Awaitable[IngestReport]],
) -> None:
    """Polls every feed, then sleeps; one feed's failure never stops the others."""
    while urls:
        for url in urls:
            try:
                report = await poll(url)
                log.info(
                    "feed %s: %s, published %d, duplicates %d, invalid %d, fetch failed %d",
                    url,
                    "unchanged" if report.unchanged else "fetched",
                    len(report.published),
                    len(report.duplicates),
                    len(report.invalid),
                    len(report.fetch_failed),
                )
            except Exception:
                log.exception("polling feed %s failed; trying again in %ss", url, interval_seconds)
        await asyncio.sleep(interval_seconds)
