"""The heart of ingest: every path in (HTTP, files, feeds, a drop folder) hands its
articles to one Ingestor, which skips ids already published, publishes the rest and counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsflow_ingest.service.ports import ArticlePublisher, SeenIds
from newsflow_runtime.metrics import StageMetrics
from newsflow_schemas import RawArticle


class MemorySeenIds:
    def __init__(self) -> None:
        self._ids: set[str] = set()

    def seen(self, article_id: str) -> bool:
        return article_id in self._ids

    def remember(self, article_id: str) -> None:
        self._ids.add(article_id)


class DryRunSeenIds:
    """Consults the real store but writes only to memory: a dry run changes nothing."""

    def __init__(self, real: SeenIds) -> None:
        self._real = real
        self._this_run = MemorySeenIds()

    def seen(self, article_id: str) -> bool:
        return self._this_run.seen(article_id) or self._real.seen(article_id)

    def remember(self, article_id: str) -> None:
        self._this_run.remember(article_id)


class DiscardingPublisher:
    """For dry runs: validates everything, publishes nothing."""

    async def publish(self, article: RawArticle) -> None:
        return None


@dataclass
class IngestReport:
    published: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    invalid: dict[str, str] = field(default_factory=dict)
    # Feeds only: what could not be fetched this time (retried at the next poll), and
    # the feeds the server said were not modified (304).
    fetch_failed: dict[str, str] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)

    def extend(self, other: IngestReport) -> None:
        self.published.extend(other.published)
        self.duplicates.extend(other.duplicates)
        self.invalid.update(other.invalid)
        self.fetch_failed.update(other.fetch_failed)
        self.unchanged.extend(other.unchanged)


class Ingestor:
    def __init__(self, publisher: ArticlePublisher, seen: SeenIds, metrics: StageMetrics) -> None:
        self._publisher = publisher
        self._seen = seen
        self._metrics = metrics

    @property
    def metrics(self) -> StageMetrics:
        return self._metrics

    def already_published(self, article_id: str) -> bool:
        return self._seen.seen(article_id)

    async def submit(self, article: RawArticle, report: IngestReport) -> None:
        """Publishes unless the id was published before; remembers it only once acked."""
        if self._seen.seen(article.article_id):
            self.skip(article.article_id, report)
            return
        await self._publisher.publish(article)
        self._seen.remember(article.article_id)
        report.published.append(article.article_id)
        self._metrics.count("published")

    def skip(self, article_id: str, report: IngestReport) -> None:
        report.duplicates.append(article_id)
        self._metrics.count("duplicate")

    def reject(self, where: str, reason: str, report: IngestReport) -> None:
        report.invalid[where] = reason
        self._metrics.count("invalid")
