"""What the service layer needs from the outside world, as small Protocols, and the plain
values that cross them. Adapters implement these; tests hand in fakes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from newsflow_schemas import RawArticle


class ArticlePublisher(Protocol):
    async def publish(self, article: RawArticle) -> None:
        """Returns once the article is durably on the raw topic; raises otherwise."""
        ...


class SeenIds(Protocol):
    """Article ids already published to the raw topic."""

    def seen(self, article_id: str) -> bool: ...

    def remember(self, article_id: str) -> None: ...


class Journal(Protocol):
    """Content hashes of drop-folder files already processed."""

    def done(self, sha256: str) -> bool: ...

    def record(self, sha256: str, path: Path) -> None: ...


@dataclass(frozen=True)
class FeedValidators:
    """What a feed server gave us to make the next fetch conditional."""

    etag: str | None = None
    modified: str | None = None


@dataclass(frozen=True)
class FetchedFeed:
    content: bytes
    validators: FeedValidators


class FetchError(RuntimeError):
    """The server could not be reached or did not give us the document; worth a retry."""


class Web(Protocol):
    async def fetch_feed(self, url: str, validators: FeedValidators) -> FetchedFeed | None:
        """None when the server says the feed has not changed since the validators."""
        ...

    async def fetch_page(self, url: str) -> str: ...


class FeedState(Protocol):
    def feed_validators(self, feed_url: str) -> FeedValidators: ...

    def save_feed_validators(self, feed_url: str, validators: FeedValidators) -> None: ...
