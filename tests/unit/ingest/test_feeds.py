from pathlib import Path

from newsflow_ingest.adapters.state import IngestState
from newsflow_ingest.service.feeds import poll_feed
from newsflow_ingest.service.ports import FeedValidators, FetchedFeed, FetchError
from tests.unit.ingest.fakes import FakePublisher, ingestor
from tests.unit.ingest.feed_samples import HARBOUR, article_page, rss_feed

BASE = "http://site"
FEED = f"{BASE}/rss"


class FakeWeb:
    """Serves one RSS feed and its pages; honours If-None-Match like a real server."""

    def __init__(self, items: list[tuple[str, str, str]]) -> None:
        self.feed = rss_feed(BASE, items).encode()
        self.etag = '"v1"'
        self.pages = {f"{BASE}{path}": article_page(title, HARBOUR) for title, path, _ in items}
        self.broken_pages: set[str] = set()
        self.page_fetches: list[str] = []
        self.conditional: list[FeedValidators] = []

    async def fetch_feed(self, url: str, validators: FeedValidators) -> FetchedFeed | None:
        self.conditional.append(validators)
        if validators.etag == self.etag:
            return None
        return FetchedFeed(self.feed, FeedValidators(self.etag, "Tue, 01 Dec 2026 10:00:00 GMT"))

    async def fetch_page(self, url: str) -> str:
        self.page_fetches.append(url)
        if url in self.broken_pages:
            raise FetchError(f"{url}: HTTP 503")
        return self.pages[url]


async def test_new_entries_are_published_with_their_page_text(tmp_path: Path) -> None:
    web, publisher = FakeWeb([("Dredging approved", "/a", "Teaser.")]), FakePublisher()
    report = await poll_feed(FEED, web, IngestState(tmp_path / "s.db"), ingestor(publisher))
    [article] = publisher.published
    assert report.published == [article.article_id]
    assert article.url == f"{BASE}/a" and article.body == "\n\n".join(HARBOUR)
    assert article.source == f"feed:{FEED}"


async def test_an_unchanged_feed_is_asked_for_conditionally_and_not_processed(
    tmp_path: Path,
) -> None:
    web, state, publisher = (
        FakeWeb([("T", "/a", "")]),
        IngestState(tmp_path / "s.db"),
        FakePublisher(),
    )
    await poll_feed(FEED, web, state, ingestor(publisher))
    report = await poll_feed(FEED, web, state, ingestor(publisher))
    assert web.conditional[-1] == FeedValidators('"v1"', "Tue, 01 Dec 2026 10:00:00 GMT")
    assert not report.published and not report.duplicates and len(web.page_fetches) == 1
    assert report.unchanged == [FEED]


async def test_known_entries_are_skipped_without_fetching_their_pages(tmp_path: Path) -> None:
    web, state, publisher = (
        FakeWeb([("T", "/a", "")]),
        IngestState(tmp_path / "s.db"),
        FakePublisher(),
    )
    shared = ingestor(publisher)
    await poll_feed(FEED, web, state, shared)
    web.etag = '"v2"'  # the feed changed, its entry did not
    report = await poll_feed(FEED, web, state, shared)
    assert report.duplicates == [publisher.published[0].article_id]
    assert len(web.page_fetches) == 1


async def test_a_page_that_failed_is_retried_at_the_next_poll(tmp_path: Path) -> None:
    web = FakeWeb([("Good", "/a", ""), ("Flaky", "/b", "")])
    web.broken_pages.add(f"{BASE}/b")
    state, publisher = IngestState(tmp_path / "s.db"), FakePublisher()
    shared = ingestor(publisher)

    first = await poll_feed(FEED, web, state, shared)
    assert list(first.fetch_failed) == [f"{BASE}/b"] and len(first.published) == 1
    assert not first.invalid  # a page that did not come is no invalid article
    assert state.feed_validators(FEED) == FeedValidators()  # so no 304 hides /b next time

    web.broken_pages.clear()
    second = await poll_feed(FEED, web, state, shared)
    assert [a.url for a in publisher.published] == [f"{BASE}/a", f"{BASE}/b"]
    assert len(second.duplicates) == 1


async def test_an_unreachable_feed_is_reported_not_raised(tmp_path: Path) -> None:
    class DownWeb(FakeWeb):
        async def fetch_feed(self, url: str, validators: FeedValidators) -> FetchedFeed | None:
            raise FetchError("connection refused")

    report = await poll_feed(
        FEED, DownWeb([]), IngestState(tmp_path / "s.db"), ingestor(FakePublisher())
    )
    assert "connection refused" in report.fetch_failed[FEED] and not report.invalid
