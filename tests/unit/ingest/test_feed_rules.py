"""Which text of a feed item becomes the article, and that nothing is stored twice."""

from datetime import UTC, datetime

from newsflow_ingest.domain.feed_entry import (
    article_from_entry,
    is_teaser,
    own_text,
    parse_feed,
    teaser_text,
)
from newsflow_schemas import RawArticle
from tests.unit.ingest.feed_samples import (
    HARBOUR,
    LONG_STORY,
    atom_entries,
    bbc_style_rss,
    full_description_rss,
    wordpress_rss,
)

NOW = datetime(2026, 12, 1, tzinfo=UTC)
BASE = "http://site"


def _article(feed: str, body: list[str] | None = None) -> RawArticle:
    [entry] = parse_feed(feed).entries
    text = body if body is not None else own_text(entry)
    return article_from_entry(entry, text, source="feed:x", language="en", ingested_at=NOW)


def test_short_texts_ellipses_and_read_more_are_teasers() -> None:
    assert is_teaser([])
    assert is_teaser(["Port Ellis approves dredging plan."])
    assert is_teaser([LONG_STORY[0] + " " + LONG_STORY[1]])  # one paragraph under 100 words
    assert is_teaser([*HARBOUR[:2], HARBOUR[2] + " …"])
    assert is_teaser([*LONG_STORY, "Read more"])
    assert is_teaser([*LONG_STORY[:3], LONG_STORY[3] + " [...]"])
    assert not is_teaser(HARBOUR[:2])  # two paragraphs, over 40 words
    assert not is_teaser(LONG_STORY)


def test_a_bbc_style_description_is_a_teaser_and_becomes_the_standfirst() -> None:
    [entry] = parse_feed(bbc_style_rss(BASE, [("Dredging", "/a", "Port Ellis decides.")])).entries
    assert own_text(entry) == []  # so the link is fetched
    article = _article(bbc_style_rss(BASE, [("Dredging", "/a", "Port Ellis decides.")]), HARBOUR)
    assert article.standfirst == "Port Ellis decides." and article.body == "\n\n".join(HARBOUR)


def test_a_full_article_in_the_description_is_used_and_not_repeated() -> None:
    article = _article(full_description_rss(BASE, "Dredging", "/a", LONG_STORY))
    assert article.body == "\n\n".join(LONG_STORY) and article.standfirst == ""


def test_wordpress_content_encoded_is_the_body_without_its_trailer_or_excerpt() -> None:
    article = _article(wordpress_rss(BASE, "Dredging", "/a", LONG_STORY))
    assert article.body == "\n\n".join(LONG_STORY)
    assert article.standfirst == ""  # the excerpt only repeats the first paragraph
    assert "appeared first on" not in article.body


def test_an_atom_entry_with_content_and_no_summary_is_stored_once() -> None:
    feed = atom_entries(BASE, [("Dredging", "/a", None, LONG_STORY)])
    [entry] = parse_feed(feed).entries
    assert entry.summary_html == ""
    article = _article(feed)
    assert article.standfirst == "" and article.body == "\n\n".join(LONG_STORY)


def test_an_atom_entry_with_a_distinct_summary_keeps_it_as_the_standfirst() -> None:
    summary = "A two-year dispute ends."
    article = _article(atom_entries(BASE, [("Dredging", "/a", summary, LONG_STORY)]))
    assert article.standfirst == summary and article.body == "\n\n".join(LONG_STORY)


def test_an_atom_entry_with_only_a_summary_fetches_its_link() -> None:
    [entry] = parse_feed(atom_entries(BASE, [("Dredging", "/a", "Short teaser…", None)])).entries
    assert own_text(entry) == [] and entry.link == f"{BASE}/a"
    assert teaser_text(entry) == ["Short teaser…"]


def test_a_teaser_that_opens_the_page_is_not_also_the_standfirst() -> None:
    teaser = HARBOUR[0][:60] + "…"
    article = _article(bbc_style_rss(BASE, [("Dredging", "/a", teaser)]), HARBOUR)
    assert article.standfirst == ""
