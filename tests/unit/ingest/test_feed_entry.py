from datetime import UTC, datetime

import pytest

from newsflow_ingest.domain import ArticleFormatError
from newsflow_ingest.domain.feed_entry import (
    article_from_entry,
    entry_id,
    fragment_paragraphs,
    page_paragraphs,
    parse_feed,
)
from newsflow_schemas import article_id
from tests.unit.ingest.feed_samples import HARBOUR, article_page, atom_feed, rss_feed

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_rss_entries_carry_link_teaser_date_and_the_feed_language() -> None:
    feed = parse_feed(rss_feed("http://site", [("Dredging approved", "/a", "A <b>teaser</b>")]))
    [entry] = feed.entries
    assert (entry.title, entry.link, entry.content_html) == (
        "Dredging approved",
        "http://site/a",
        "",
    )
    assert entry.published_at == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert feed.language == "en"
    assert entry_id(entry) == article_id(url="http://site/a", title="", body="")


def test_atom_content_becomes_paragraphs() -> None:
    [entry] = parse_feed(atom_feed("http://site", "Wire story", "/w", HARBOUR).encode()).entries
    assert fragment_paragraphs(entry.content_html) == HARBOUR


def test_fragments_split_on_blocks_and_line_breaks() -> None:
    html = "<p>One <i>a</i>\n b.</p><div>Two.<br/>Three.</div>Plain tail."
    assert fragment_paragraphs(html) == ["One a b.", "Two.", "Three.", "Plain tail."]
    assert fragment_paragraphs("  ") == []


def test_a_page_yields_its_article_text_without_navigation_or_footer() -> None:
    paragraphs = page_paragraphs(article_page("Port Ellis dredging", HARBOUR), "http://s/a")
    assert paragraphs[-3:] == HARBOUR
    text = " ".join(paragraphs)
    assert "Sign in" not in text and "newsletter" not in text and "Most read" not in text


def test_a_page_without_article_text_is_refused() -> None:
    with pytest.raises(ArticleFormatError, match="no article text"):
        page_paragraphs("<html><body><script>var x;</script></body></html>", "http://s")


def test_an_entry_becomes_a_raw_article_keyed_by_its_link() -> None:
    [entry] = parse_feed(rss_feed("http://site", [("Dredging approved", "/a", "Teaser.")])).entries
    article = article_from_entry(
        entry, ["Dredging approved", *HARBOUR], source="feed:x", language="en", ingested_at=NOW
    )
    assert article.article_id == entry_id(entry)
    assert article.body == "\n\n".join(HARBOUR)  # the repeated headline is dropped
    assert article.standfirst == "Teaser."
    assert article.published_at == entry.published_at and article.source == "feed:x"


def test_an_entry_without_title_or_text_is_refused() -> None:
    [entry] = parse_feed(rss_feed("http://site", [("", "/a", "")])).entries
    with pytest.raises(ArticleFormatError, match="no title"):
        article_from_entry(entry, HARBOUR, source="f", language="en", ingested_at=NOW)


def test_garbage_is_not_a_feed() -> None:
    with pytest.raises(ArticleFormatError, match="not a feed"):
        parse_feed(b"\x00\x01 definitely not xml <<<")


def test_a_summary_too_long_for_a_standfirst_is_left_out() -> None:
    summary = "A summary that is the whole story. " * 100
    [entry] = parse_feed(rss_feed("http://site", [("Dredging approved", "/a", summary)])).entries
    article = article_from_entry(entry, HARBOUR, source="f", language="en", ingested_at=NOW)
    assert article.standfirst == "" and article.body == "\n\n".join(HARBOUR)


def test_an_entry_over_a_limit_is_refused_naming_the_field() -> None:
    [entry] = parse_feed(rss_feed("http://site", [("Dredging approved", "/a", "")])).entries
    long_body = ["Paragraph. " * 1_000] * 10
    with pytest.raises(ArticleFormatError, match=r"^body: String should have at most") as refused:
        article_from_entry(entry, long_body, source="f", language="en", ingested_at=NOW)
    assert [error.loc for error in refused.value.errors] == [("body",)]
