"""Offline enrichment: seed-format files through the enrichment core, no broker involved."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from newsflow_enrich.bootstrap import build_enricher
from newsflow_enrich.settings import EnrichSettings
from newsflow_ingest.service import expand_paths, read_article
from newsflow_schemas import EnrichedArticle


def enrich_files(paths: Sequence[Path]) -> Iterator[EnrichedArticle]:
    enricher = build_enricher(EnrichSettings())
    now = datetime.now(UTC)
    articles = [read_article(path, now) for path in expand_paths(paths)]
    yield from enricher.enrich_batch(articles)
