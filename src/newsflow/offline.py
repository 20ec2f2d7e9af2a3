"""Offline enrichment: article files through the enrichment core, no broker involved.

One bad file fails alone: it is reported with its reason and the others are enriched."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from newsflow_ingest.domain import ArticleFormatError
from newsflow_ingest.service import expand_paths, read_articles
from newsflow_schemas import EnrichedArticle, RawArticle


class BatchEnricher(Protocol):
    def enrich_batch(self, articles: Sequence[RawArticle]) -> list[EnrichedArticle]: ...


@dataclass(frozen=True)
class FileFailure:
    path: Path
    reason: str


@dataclass
class OfflineRun:
    enriched: list[EnrichedArticle] = field(default_factory=list)
    failed: list[FileFailure] = field(default_factory=list)


def read_files(
    paths: Sequence[Path], now: datetime
) -> tuple[list[tuple[Path, RawArticle]], list[FileFailure]]:
    """Every article of every file, and the files that held none, with the reason."""
    articles: list[tuple[Path, RawArticle]] = []
    failed: list[FileFailure] = []
    for path in expand_paths(paths):
        try:
            articles.extend((path, article) for article in read_articles(path, now))
        except ArticleFormatError as error:
            failed.append(FileFailure(path, str(error)))
    return articles, failed


def enrich_files(paths: Sequence[Path], enricher: BatchEnricher | None = None) -> OfflineRun:
    articles, failed = read_files(paths, datetime.now(UTC))
    run = OfflineRun(failed=failed)
    if not articles:
        return run
    enricher = enricher or _default_enricher()
    try:
        run.enriched = enricher.enrich_batch([article for _, article in articles])
    except Exception:
        # One article broke the batch: enrich each alone, so only that file fails.
        for path, article in articles:
            _enrich_alone(enricher, path, article, run)
    return run


def _enrich_alone(
    enricher: BatchEnricher, path: Path, article: RawArticle, run: OfflineRun
) -> None:
    try:
        run.enriched.extend(enricher.enrich_batch([article]))
    except Exception as error:
        run.failed.append(FileFailure(path, f"enrichment failed: {error!r}"))


def _default_enricher() -> BatchEnricher:
    from newsflow_enrich.bootstrap import build_enricher
    from newsflow_enrich.settings import EnrichSettings

    enricher: BatchEnricher = build_enricher(EnrichSettings())
    return enricher
