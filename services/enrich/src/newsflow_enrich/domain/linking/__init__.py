"""Entity linking: spaCy's spans in, canonical entities out, by passes over one Document
(passes.py says the order; document.py is the model they share)."""

from newsflow_enrich.domain.linking.document import ArticleText, SentenceIndex
from newsflow_enrich.domain.linking.passes import PASSES, link_entities, run_passes
from newsflow_enrich.domain.linking.speakers import link_quotes

__all__ = ["PASSES", "ArticleText", "SentenceIndex", "link_entities", "link_quotes", "run_passes"]
