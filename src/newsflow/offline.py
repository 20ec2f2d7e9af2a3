"""Offline enrichment: seed-format files through the enrichment core, no broker involved."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_ingest.service import expand_paths, read_article
from newsflow_schemas import EnrichedArticle


def enrich_files(paths: Sequence[Path]) -> Iterator[EnrichedArticle]:
    enricher = Enricher(load_ner_pipeline(), VaderAnalyser())
    now = datetime.now(UTC)
    articles = [read_article(path, now) for path in expand_paths(paths)]
    yield from enricher.enrich_batch(articles)
