"""An RSS feed, an Atom feed and article pages, as a small news site would serve them."""

from __future__ import annotations

NAV = """<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/login">Sign in</a></nav></header>"""
FOOTER = """<footer><p>Subscribe to our newsletter for the day's top stories.</p>
<p>© 2026 Example News. All rights reserved.</p></footer>"""


def article_page(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
</head><body>{NAV}<main><article><h1>{title}</h1>
<p class="byline">By Staff Reporter</p>{body}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity chef opens bistro</a></li>
<li><a href="/b">Transfer rumours roundup</a></li></ul></aside></main>{FOOTER}</body></html>"""


def rss_feed(base: str, items: list[tuple[str, str, str]], language: str = "en-gb") -> str:
    """items: (title, path, summary); entries carry only a link and a teaser."""
    entries = "\n".join(
        f"""<item><title>{title}</title><link>{base}{path}</link>
<description>{summary}</description><guid>{base}{path}</guid>
<pubDate>Tue, 01 Dec 2026 09:30:00 GMT</pubDate></item>"""
        for title, path, summary in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Example News</title><link>{base}/</link><description>News</description>
<language>{language}</language>{entries}</channel></rss>"""


def atom_feed(base: str, title: str, path: str, paragraphs: list[str]) -> str:
    """One entry that carries its full text as HTML content."""
    content = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in paragraphs)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<id>{base}/atom</id><updated>2026-12-01T10:00:00Z</updated>
<entry><title>{title}</title><link href="{base}{path}"/><id>{base}{path}</id>
<updated>2026-12-01T10:00:00Z</updated><summary>A short teaser.</summary>
<content type="html">{content}</content></entry></feed>"""


HARBOUR = [
    "The harbour authority in Port Ellis approved a plan on Tuesday to dredge the main "
    "shipping channel, ending a two-year dispute with local fishermen.",
    "Under the agreement, dredging will pause during the spring spawning season and the "
    "authority will fund a monitoring programme run by the regional university.",
    "Fishermen's association chair Maria Okafor said the compromise was the best outcome "
    "her members could have hoped for.",
]

LONG_STORY = [
    *HARBOUR,
    "The university's marine biologists will count fish larvae at twelve points along the "
    "channel every week, and publish the results on the authority's website each month.",
    "Work is due to start in June. The authority expects the deeper channel to let larger "
    "container ships call at Port Ellis for the first time since the 1990s.",
]


def _paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _rss(base: str, items: str, namespaces: str = "") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"{namespaces}><channel>
<title>Example News</title><link>{base}/</link><description>News</description>
<language>en-gb</language>{items}</channel></rss>"""


def bbc_style_rss(base: str, items: list[tuple[str, str, str]]) -> str:
    """As BBC News: each item a title, a one-sentence <description>, a link; no content."""
    return rss_feed(base, items)


def full_description_rss(base: str, title: str, path: str, paragraphs: list[str]) -> str:
    """The whole article as HTML in <description>, as some small publishers do."""
    html = _paragraphs_html(paragraphs).replace("<", "&lt;").replace(">", "&gt;")
    return rss_feed(base, [(title, path, html)])


def wordpress_rss(base: str, title: str, path: str, paragraphs: list[str]) -> str:
    """As WordPress: an excerpt ending in […] in <description>, the article in
    <content:encoded>, both followed by "The post … appeared first on …"."""
    trailer = f'<p>The post <a href="{base}{path}">{title}</a> appeared first on Example.</p>'
    excerpt = f"<p>{paragraphs[0][:120]} [&#8230;]</p>{trailer}"
    item = f"""<item><title>{title}</title><link>{base}{path}</link>
<dc:creator><![CDATA[Staff]]></dc:creator><pubDate>Tue, 01 Dec 2026 09:30:00 +0000</pubDate>
<guid isPermaLink="false">{base}/?p=42</guid>
<description><![CDATA[{excerpt}]]></description>
<content:encoded><![CDATA[{_paragraphs_html(paragraphs)}{trailer}]]></content:encoded></item>"""
    namespaces = (
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    )
    return _rss(base, item, namespaces)


def atom_entries(base: str, entries: list[tuple[str, str, str | None, list[str] | None]]) -> str:
    """entries: (title, path, summary or None, content paragraphs or None)."""
    parts = []
    for title, path, summary, content in entries:
        summary_xml = f"<summary>{summary}</summary>" if summary is not None else ""
        content_xml = (
            f'<content type="html">{_paragraphs_html(content).replace("<", "&lt;")}</content>'
            if content is not None
            else ""
        )
        parts.append(
            f"""<entry><title>{title}</title><link href="{base}{path}"/><id>{base}{path}</id>
<updated>2026-12-01T10:00:00Z</updated>{summary_xml}{content_xml}</entry>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<id>{base}/atom</id><updated>2026-12-01T10:00:00Z</updated>{"".join(parts)}</feed>"""
