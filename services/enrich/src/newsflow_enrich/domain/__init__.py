"""The enrichment core: a RawArticle (or a plain string) in, an EnrichedArticle out.
No Kafka, HTTP or metrics here, so it runs the same in a worker, a test and the CLI."""

from newsflow_enrich.domain.enricher import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.pipeline import load_ner_pipeline
from newsflow_enrich.domain.sentiment import SentimentAnalyser, VaderAnalyser, label_for

__all__ = [
    "Enricher",
    "Gazetteer",
    "SentimentAnalyser",
    "VaderAnalyser",
    "label_for",
    "load_ner_pipeline",
]
