"""Article files in: seed-format `.txt` (one article) and `.json` (one article or a list)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from newsflow_ingest.domain import (
    ArticleFormatError,
    describe_errors,
    parse_article,
    parse_submissions,
)
from newsflow_ingest.service.ingestor import Ingestor, IngestReport
from newsflow_schemas import RawArticle

ARTICLE_SUFFIXES = frozenset({".txt", ".json"})


def is_article_file(path: Path) -> bool:
    # Dot files and editors' or uploaders' partial files are never articles (yet).
    return path.suffix in ARTICLE_SUFFIXES and not path.name.startswith((".", "~"))


def expand_paths(
    paths: Iterable[Path], suffixes: frozenset[str] = frozenset({".txt"})
) -> list[Path]:
    """Files as given, and the article files inside given folders, in a stable order.

    Folders contribute seed-format `.txt` files only, unless told otherwise: folders of
    articles often hold other JSON (annotations, configs); a JSON file is ingested when
    it is named, or dropped into a watched folder."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file() and is_article_file(p))
            files.extend(sorted(p for p in found if p.suffix in suffixes))
        else:
            files.append(path)
    return files


def articles_from_bytes(
    raw: bytes, path: Path, ingested_at: datetime, door: str = "file"
) -> list[RawArticle]:
    """Raises ArticleFormatError with a reason a person can act on. `door` names how the
    file came in (`file`, `watch`): the source's prefix, which the metrics count by."""
    source = f"{door}:{path.name}"
    if path.suffix == ".json":
        try:
            submissions = parse_submissions(raw)
            return [s.to_raw_article(source=source, ingested_at=ingested_at) for s in submissions]
        except ValidationError as error:
            raise ArticleFormatError(describe_errors(error)) from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleFormatError(f"not UTF-8: {error}") from error
    return [parse_article(text, source=source, ingested_at=ingested_at)]


def read_articles(path: Path, ingested_at: datetime) -> list[RawArticle]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleFormatError(f"cannot read: {error}") from error
    return articles_from_bytes(raw, path, ingested_at)


async def ingest_file(path: Path, ingestor: Ingestor, report: IngestReport) -> None:
    try:
        articles = read_articles(path, datetime.now(UTC))
    except ArticleFormatError as error:
        ingestor.reject(str(path), str(error), report)
        return
    for article in articles:
        await ingestor.submit(article, report)


async def ingest_files(
    paths: Iterable[Path],
    ingestor: Ingestor,
    on_progress: Callable[[Path], None] = lambda _: None,
) -> IngestReport:
    report = IngestReport()
    for path in expand_paths(paths):
        await ingest_file(path, ingestor, report)
        on_progress(path)
    return report
