"""RSS and Atom entries, and the article pages they link to, turned into RawArticles.

Pure parsing: bytes and strings in, models out; fetching is the adapters' job."""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser
import lxml.html
import trafilatura

from newsflow_ingest.domain.errors import ArticleFormatError, field_errors_as_format_errors
from newsflow_ingest.domain.seed_format import normalise_text
from newsflow_schemas import RawArticle, article_id
from newsflow_schemas.raw_article import MAX_STANDFIRST_CHARS

_BLOCKS = frozenset({"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre"})
_LANGUAGE = re.compile(r"^([a-z]{2})\b")


@dataclass(frozen=True)
class FeedEntry:
    title: str
    link: str | None
    summary_html: str
    content_html: str
    published_at: datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    entries: tuple[FeedEntry, ...]
    language: str


def _published(entry: Any) -> datetime | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None


def _entry(entry: Any) -> FeedEntry:
    contents = entry.get("content") or []
    return FeedEntry(
        title=normalise_text(str(entry.get("title", ""))).strip(),
        link=entry.get("link") or None,
        summary_html=str(entry.get("summary", "")),
        content_html="\n".join(str(c.get("value", "")) for c in contents),
        published_at=_published(entry),
    )


def parse_feed(content: bytes | str) -> ParsedFeed:
    """RSS 0.9x to 2.0 and Atom; a feed feedparser cannot read at all raises."""
    parsed = feedparser.parse(content)
    if parsed.get("bozo") and not parsed.entries:
        raise ArticleFormatError(f"not a feed: {parsed.get('bozo_exception')}")
    match = _LANGUAGE.match(str(parsed.feed.get("language", "en")).lower())
    return ParsedFeed(tuple(_entry(e) for e in parsed.entries), match[1] if match else "en")


def _paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", normalise_text(text))
    return [" ".join(block.split()) for block in blocks if block.strip()]


def fragment_paragraphs(html: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed's summary or content), or of plain text."""
    if not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter():
        if element.tag == "br" or element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    return _paragraphs(root.text_content())


def page_paragraphs(html: str, url: str) -> list[str]:
    """The article text of a web page, without navigation, comments and boilerplate."""
    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True
    )
    paragraphs = [line.strip() for line in (text or "").split("\n") if line.strip()]
    if not paragraphs:
        raise ArticleFormatError("no article text found on the page")
    return paragraphs


def entry_id(entry: FeedEntry) -> str | None:
    """The article id an entry will get, known before its page is fetched."""
    return article_id(url=entry.link, title="", body="") if entry.link else None


def article_from_entry(
    entry: FeedEntry, body: list[str], *, source: str, language: str, ingested_at: datetime
) -> RawArticle:
    if not entry.title:
        raise ArticleFormatError("the entry has no title")
    if body and body[0].casefold() == entry.title.casefold():
        body = body[1:]  # pages repeat their headline above the text
    if not body:
        raise ArticleFormatError("the entry has no text and no link to its page")
    summary = " ".join(fragment_paragraphs(entry.summary_html))
    # A summary that merely repeats the opening paragraph, or is itself the whole
    # article, is not a standfirst.
    repeats = body[0].startswith(summary[:80])
    standfirst = "" if repeats or len(summary) > MAX_STANDFIRST_CHARS else summary
    body_text = "\n\n".join(body)
    with field_errors_as_format_errors():
        return RawArticle(
            article_id=article_id(url=entry.link, title=entry.title, body=body_text),
            title=entry.title,
            standfirst=standfirst,
            body=body_text,
            url=entry.link,
            source=source,
            language=language,
            published_at=entry.published_at,
            ingested_at=ingested_at,
        )
