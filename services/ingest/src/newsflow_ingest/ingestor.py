"""The ingest service layer: files in, published articles and a report out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newsflow_ingest.adapters.kafka_publisher import ArticlePublisher
from newsflow_ingest.domain import ArticleFormatError, parse_article
from newsflow_schemas import RawArticle
from newsflow_schemas.metrics import StageMetrics


@dataclass
class IngestReport:
    published: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    invalid: dict[str, str] = field(default_factory=dict)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the .txt files inside given folders, in a stable order."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return files


def read_article(path: Path, ingested_at: datetime) -> RawArticle:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ArticleFormatError(f"cannot read: {error}") from error
    return parse_article(text, source=f"file:{path.name}", ingested_at=ingested_at)


async def ingest_files(
    paths: Iterable[Path],
    publisher: ArticlePublisher,
    metrics: StageMetrics,
    on_progress: Callable[[Path], None] = lambda _: None,
) -> IngestReport:
    report = IngestReport()
    seen: set[str] = set()
    for path in expand_paths(paths):
        try:
            article = read_article(path, datetime.now(UTC))
        except ArticleFormatError as error:
            report.invalid[str(path)] = str(error)
            metrics.count("invalid")
        else:
            await _publish_once(article, publisher, metrics, report, seen)
        on_progress(path)
    return report


async def _publish_once(
    article: RawArticle,
    publisher: ArticlePublisher,
    metrics: StageMetrics,
    report: IngestReport,
    seen: set[str],
) -> None:
    if article.article_id in seen:
        report.duplicates.append(article.article_id)
        metrics.count("duplicate")
        return
    seen.add(article.article_id)
    await publisher.publish(article)
    report.published.append(article.article_id)
    metrics.count("published")
