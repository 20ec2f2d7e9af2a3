import pytest

from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline


@pytest.fixture(scope="session")
def enricher() -> Enricher:
    return Enricher(load_ner_pipeline(), VaderAnalyser())
