"""Feeds shaped like real publishers' (BBC, WordPress, Atom wires), served over HTTP by a
local site and polled by the real HttpWeb: which text is used, which links are fetched,
and how failures and unchanged feeds are reported. No Kafka: a fake publisher records."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsflow_ingest.adapters.state import IngestState
from newsflow_ingest.adapters.web import HttpWeb
from newsflow_ingest.service.feeds import poll_feed
from newsflow_ingest.service.ingestor import IngestReport
from newsflow_schemas import RawArticle
from tests.integration.ingest.site import LocalSite, local_site
from tests.unit.ingest.fakes import FakePublisher, ingestor
from tests.unit.ingest.feed_samples import (
    HARBOUR,
    LONG_STORY,
    article_page,
    atom_entries,
    bbc_style_rss,
    wordpress_rss,
)

pytestmark = pytest.mark.integration

RSS, ATOM = "application/rss+xml", "application/atom+xml"


async def _poll(
    site: LocalSite, feed_path: str, tmp_path: Path
) -> tuple[IngestReport, list[RawArticle]]:
    publisher = FakePublisher()
    async with HttpWeb(timeout_seconds=5) as web:
        report = await poll_feed(
            f"{site.base_url}{feed_path}",
            web,
            IngestState(tmp_path / "state.db"),
            ingestor(publisher),
        )
    return report, publisher.published


async def test_a_bbc_style_teaser_feed_fetches_each_linked_page(tmp_path: Path) -> None:
    with local_site() as site:
        site.put("/news/1", "text/html", article_page("Dredging approved", HARBOUR))
        site.put("/news/2", "text/html", article_page("Channel deepened", LONG_STORY))
        teasers = [
            ("Dredging approved", "/news/1", "Port Ellis ends a two-year dispute."),
            ("Channel deepened", "/news/2", "Bigger ships can call at the port."),
        ]
        site.put("/rss.xml", RSS, bbc_style_rss(site.base_url, teasers))
        report, published = await _poll(site, "/rss.xml", tmp_path)
        fetched = site.statuses("/news/1") + site.statuses("/news/2")
    assert fetched == [200, 200] and len(report.published) == 2 and not report.invalid
    first = next(a for a in published if a.title == "Dredging approved")
    assert first.standfirst == "Port Ellis ends a two-year dispute."
    assert first.body.endswith(HARBOUR[-1]) and "Sign in" not in first.body


async def test_wordpress_content_encoded_is_used_without_fetching(tmp_path: Path) -> None:
    with local_site() as site:
        site.put("/rss.xml", RSS, wordpress_rss(site.base_url, "Dredging", "/p/42", LONG_STORY))
        report, [article] = await _poll(site, "/rss.xml", tmp_path)
        assert site.statuses("/p/42") == []
    assert article.body == "\n\n".join(LONG_STORY) and article.standfirst == ""
    assert not report.invalid and not report.fetch_failed


async def test_atom_content_without_summary_is_stored_once(tmp_path: Path) -> None:
    with local_site() as site:
        site.put("/atom.xml", ATOM, atom_entries(site.base_url, [("Wire", "/w", None, LONG_STORY)]))
        _, [article] = await _poll(site, "/atom.xml", tmp_path)
        assert site.statuses("/w") == []
    assert article.standfirst == "" and article.body.count(LONG_STORY[0]) == 1


async def test_atom_summary_only_fetches_the_link(tmp_path: Path) -> None:
    with local_site() as site:
        site.put("/w", "text/html", article_page("Wire", HARBOUR))
        entries = [("Wire", "/w", "A dispute ends in Port Ellis…", None)]
        site.put("/atom.xml", ATOM, atom_entries(site.base_url, entries))
        _, [article] = await _poll(site, "/atom.xml", tmp_path)
        assert site.statuses("/w") == [200]
    assert article.body.endswith(HARBOUR[-1])


async def test_links_that_404_are_fetch_failures_retried_at_the_next_poll(
    tmp_path: Path,
) -> None:
    with local_site() as site:
        items = [("Gone", "/missing", "A teaser.")]
        site.put("/rss.xml", RSS, bbc_style_rss(site.base_url, items), etag='"v1"')
        first, _ = await _poll(site, "/rss.xml", tmp_path)
        site.put("/missing", "text/html", article_page("Gone", HARBOUR))
        second, [article] = await _poll(site, "/rss.xml", tmp_path)
        statuses = site.statuses("/rss.xml"), site.statuses("/missing")
    link = f"{site.base_url}/missing"
    assert "HTTP 404" in first.fetch_failed[link] and not first.invalid
    assert statuses == ([200, 200], [404, 200])  # no 304 hid the failed entry
    assert second.published == [article.article_id] and not second.fetch_failed


async def test_an_unchanged_feed_is_reported_unchanged(tmp_path: Path) -> None:
    with local_site() as site:
        items = [("Dredging", "/news/1", "A teaser.")]
        site.put("/news/1", "text/html", article_page("Dredging", HARBOUR))
        feed = site.put("/rss.xml", RSS, bbc_style_rss(site.base_url, items), etag='"v1"')
        await _poll(site, "/rss.xml", tmp_path)
        again, _ = await _poll(site, "/rss.xml", tmp_path)
        assert site.statuses("/rss.xml") == [200, 304]
    assert again.unchanged == [feed] and not again.published


async def test_an_unreachable_feed_is_a_fetch_failure(tmp_path: Path) -> None:
    with local_site() as site:
        down = site.base_url
    publisher = FakePublisher()
    async with HttpWeb(timeout_seconds=2) as web:
        report = await poll_feed(
            f"{down}/rss.xml", web, IngestState(tmp_path / "s.db"), ingestor(publisher)
        )
    assert list(report.fetch_failed) == [f"{down}/rss.xml"] and not report.invalid
