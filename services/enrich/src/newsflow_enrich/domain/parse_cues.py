"""What the words around spaCy's entity spans say about them, read from the tokens
alone: no dependency parse, which would cost a third of the NER's throughput for these
few cues (the sentence boundaries come from the cheap `senter`, see pipeline.py).
- whether a one-word name is an adjective ("Ukrainian troops", "Chinese and Emirati
  officials"): a nationality, not a place;
- which type the other items of a list share ("Mayorsk, Vesele, Kurdyumivka and …");
- what a common noun says the name is: before it or in apposition ("the broker Peel
  Hunt", "SPD leader, Thomas Krüger", "Margaret Okafor, Arden's chief executive"), or,
  for places only, after it or governing it through "of" ("Luhansk province", "the town
  of Bilohorivka"). Only place nouns are read after a name: "Kremlin spokesman" is a
  spokesman of the Kremlin, not a person called Kremlin.
The rules were written to give the parser's answers on the seed articles; a test holds
each one to an example.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.mentions import RawEntity, coarse_type

MIN_LIST_AGREEMENT = 2
# What may stand between two items of one list, and the conjunction one list needs.
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or|&))\s+(?:the\s+)?$")
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")
_DETERMINERS = frozenset({"a", "an", "the"})
# Where an appositive noun phrase ends: "Sharon Graham, general secretary of Unite".
_APPOSITION_ENDS = frozenset(
    {",", ".", ";", ":", "\u2013", "\u2014", "of", "at", "for", "with", "in", "who", "and"}
)
APPOSITION_WORDS = 6
# Not a noun after a one-word name: a verb ("Kherson said") or a time ("Kyiv yesterday").
_NOT_HEAD_NOUN = frozenset({"said", "says", "told", "yesterday", "today", "tonight"})
# A one-word name used as an adjective is a demonym: Ukrainian, Chinese, Irish, Emirati.
_DEMONYM = re.compile(r"(?:an|ese|ish|ch|i|ic)$")
# Words that start a clause rather than continue a noun phrase after a comma.
_CLAUSE = frozenset(
    {"as", "not", "his", "her", "their", "its", "our", "my", "on", "to", "by", "from"}
    | {"when", "where", "which", "that", "while", "after", "before", "but"}
    | {"is", "was", "has", "had", "have", "are", "were", "will", "would", "could", "can"}
)
_PREPOSITIONS = frozenset({"in", "at", "on", "from", "to", "for", "by", "into", "near"})
# Numbers and dates: nothing here changes what they are linked as.
_NUMERIC = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def raw_entities(doc: Doc) -> list[RawEntity]:
    ents = list(doc.ents)
    lists = _lists(doc, ents)
    return [
        RawEntity(
            start=ent.start_char,
            end=ent.end_char,
            label=ent.label_,
            adjectival=_adjectival(ent, ents, i),
            listed_with=_listed_with(ent, [ents[j] for j in lists.get(i, ())]),
            described_as=_described_as(ent),
        )
        for i, ent in enumerate(ents)
    ]


def _is_head_noun(token: Token) -> bool:
    word = token.text
    return (
        word.isalpha()
        and word.islower()
        and word not in STOP_WORDS
        and word not in _NOT_HEAD_NOUN
        and not word.endswith("ed")
    )


def _adjectival(ent: Span, ents: Sequence[Span], i: int) -> bool:
    """One word before a noun, or before "and"/"," and another such word: "Chinese and
    Emirati officials"."""
    if not _one_word_demonym(ent):
        return False
    doc, at = ent.doc, ent.end
    while at < len(doc):
        token = doc[at]
        if token.text in (",", "and", "or"):
            at += 1
            continue
        following = next((e for e in ents[i + 1 :] if e.start == at), None)
        if following is None:
            word = token.text
            noun = _is_head_noun(token) and not word.endswith("ing")
            return (noun or (word.istitle() and word.isalpha())) and not token.is_sent_start
        if not _one_word_demonym(following):
            return False
        at = following.end
    return False


def _one_word_demonym(ent: Span) -> bool:
    return len(ent) == 1 and _DEMONYM.search(ent.text) is not None


def _lists(doc: Doc, ents: Sequence[Span]) -> dict[int, list[int]]:
    """Runs of names in one sentence joined by commas and a final "and"/"or": each item's
    fellow items."""
    runs: list[list[int]] = []
    for i, ent in enumerate(ents):
        previous = ents[i - 1] if i else None
        if ent.label_ in _NUMERIC or (previous is not None and previous.label_ in _NUMERIC):
            continue
        gap = doc.text[previous.end_char : ent.start_char] if previous is not None else ""
        joined = previous is not None and _LIST_GAP.match(gap) and not ent[0].is_sent_start
        if joined and runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        elif joined:
            runs.append([i - 1, i])
    fellows: dict[int, list[int]] = {}
    for run in runs:
        gaps = doc.text[ents[run[0]].end_char : ents[run[-1]].start_char]
        if _CONJUNCTION.search(gaps):
            for i in run:
                fellows[i] = [j for j in run if j != i]
    return fellows


def _listed_with(ent: Span, fellows: Sequence[Span]) -> str | None:
    others: Counter[str] = Counter()
    for fellow in fellows:  # spaCy may run two items into one span: "Cumbria, Lancashire"
        others[coarse_type(fellow.label_)] += fellow.text.count(", ") + 1
    if not others:
        return None
    kind, count = others.most_common(1)[0]
    merged_list = ", " in ent.text  # spaCy ran two items together: "Cumbria, Lancashire"
    longer_name = len(ent) > 1 and not merged_list
    if count * 2 <= sum(others.values()) or (longer_name and count < MIN_LIST_AGREEMENT):
        return None  # the list disagrees, or a longer name needs two items to agree
    return kind


def _described_as(ent: Span) -> str | None:
    doc = ent.doc
    if ent.label_ in _NUMERIC:
        return None
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    for noun, place_only in (
        (_noun_before_comma(ent), False),
        (_appositive_noun(ent), False),
        (before, False),
        (after, True),
        (_of_head(ent), True),
    ):
        kind = _kind(noun, place_only)
        if kind is not None:
            return kind
    return None


def _kind(noun: Token | None, place_only: bool) -> str | None:
    if noun is None or not (noun.text.islower() or noun.is_sent_start):
        return None
    kind = noun_type(noun.text)
    return kind if kind == "PLACE" or not place_only else None


def _noun_before_comma(ent: Span) -> Token | None:
    """The name in apposition after its noun: "IEBC chairman, Joseph Kamau"."""
    doc, at = ent.doc, ent.start
    if at < 2 or doc[at - 1].text != "," or doc[at].is_sent_start:
        return None
    return doc[at - 2]


def _appositive_noun(ent: Span) -> Token | None:
    """The head of a noun phrase in apposition after the name: "Mark Lindqvist, the EA
    manager," or "Otieno, a former executive at …"."""
    doc, at = ent.doc, ent.end
    if at >= len(doc) or doc[at].text != ",":
        return None
    if ent.start > 0 and doc[ent.start - 1].lower_ in _PREPOSITIONS:
        return None  # "In Brussels, a spokesman for …" is not an apposition
    noun = None
    for token in doc[at + 1 : at + 2 + APPOSITION_WORDS]:
        word = token.text
        if token.is_sent_start or word in _APPOSITION_ENDS:
            return noun
        hyphenated = token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
        if word in _DETERMINERS or word in ("'s", "\u2019s", "-") or word.istitle() or hyphenated:
            continue
        if word in _CLAUSE or word.endswith(("ed", "ing")) or word in _NOT_HEAD_NOUN:
            return None  # a verb or a function word: a clause, not a noun phrase
        if _is_head_noun(token):
            noun = token
    return noun if noun is not None and noun.i + 1 == len(doc) else None


def _of_head(ent: Span) -> Token | None:
    """The noun governing the name through "of": "the town of Bilohorivka"."""
    doc, at = ent.doc, ent.start
    if at < 2 or doc[at - 1].lower_ != "of":
        return None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and _is_head_noun(after):
        return None  # the name modifies a noun: "the rout of Russian forces"
    return doc[at - 2]
