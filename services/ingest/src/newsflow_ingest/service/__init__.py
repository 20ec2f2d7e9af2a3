"""The ingest service layer, as the CLI and other packages use it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from newsflow_ingest.service.files import expand_paths, ingest_files, read_articles
from newsflow_ingest.service.ingestor import Ingestor, IngestReport
from newsflow_schemas import RawArticle

__all__ = [
    "IngestReport",
    "Ingestor",
    "expand_paths",
    "ingest_files",
    "read_article",
    "read_articles",
]


def read_article(path: Path, ingested_at: datetime) -> RawArticle:
    """The first article of a file: a seed-format file holds exactly one."""
    return read_articles(path, ingested_at)[0]
