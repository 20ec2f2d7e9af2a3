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
# A feed item's text is a teaser, and its link is fetched, when it has fewer than
# TEASER_MAX_WORDS words, is one paragraph of fewer than SINGLE_PARAGRAPH_MAX_WORDS, or
# ends with an ellipsis or a "Read more" / "Continue reading" line (docs/ingest.md).
TEASER_MAX_WORDS = 40
SINGLE_PARAGRAPH_MAX_WORDS = 100
_ELLIPSIS = re.compile(r"(…|\.\.\.|\[…\]|\[\.\.\.\])\W*$")
_READ_MORE = re.compile(r"^(read more|continue reading|read the full|full story)\b", re.IGNORECASE)
# WordPress ends descriptions and content with this line; it is no part of the article.
_BOILERPLATE = re.compile(r"^the post .+ appeared first on .+$", re.IGNORECASE)


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
    contents = [str(c.get("value", "")) for c in entry.get("content") or []]
    summary = str(entry.get("summary", ""))
    # feedparser copies an Atom entry's content into `summary` when it has none: that
    # copy is no standfirst, and keeping it would store the text twice.
    if summary.strip() in {c.strip() for c in contents}:
        summary = ""
    return FeedEntry(
        title=normalise_text(str(entry.get("title", ""))).strip(),
        link=entry.get("link") or None,
        summary_html=summary,
        content_html="\n".join(contents),
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


def _without_trailers(paragraphs: list[str]) -> list[str]:
    kept = list(paragraphs)
    while kept and (_BOILERPLATE.match(kept[-1]) or _READ_MORE.match(kept[-1])):
        kept.pop()
    return kept


def is_teaser(paragraphs: list[str]) -> bool:
    """True when a feed item's text only leads to its article (the rule is above)."""
    if not paragraphs:
        return True
    without_boilerplate = [p for p in paragraphs if not _BOILERPLATE.match(p)]
    if without_boilerplate and _READ_MORE.match(without_boilerplate[-1]):
        return True
    words = sum(len(p.split()) for p in without_boilerplate)
    if words < TEASER_MAX_WORDS or _ELLIPSIS.search(without_boilerplate[-1]):
        return True
    return len(without_boilerplate) == 1 and words < SINGLE_PARAGRAPH_MAX_WORDS


def own_text(entry: FeedEntry) -> list[str]:
    """The item's own article text (its content, else its summary), or [] for a teaser."""
    content = fragment_paragraphs(entry.content_html)
    text = content or fragment_paragraphs(entry.summary_html)
    return [] if is_teaser(text) else _without_trailers(text)


def teaser_text(entry: FeedEntry) -> list[str]:
    """What an item without a link to fetch still says: its content, else its summary."""
    text = fragment_paragraphs(entry.content_html) or fragment_paragraphs(entry.summary_html)
    return _without_trailers(text)


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
    body_text = "\n\n".join(body)
    standfirst = _standfirst(entry, body_text)
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


def _standfirst(entry: FeedEntry, body_text: str) -> str:
    """The summary, unless the body already says it: nothing is stored twice."""
    summary = " ".join(_without_trailers(fragment_paragraphs(entry.summary_html)))
    core = _ELLIPSIS.sub("", summary).strip()
    flat_body = " ".join(body_text.split())
    if not core or core[:80] in flat_body or len(summary) > MAX_STANDFIRST_CHARS:
        return ""
    return summary
