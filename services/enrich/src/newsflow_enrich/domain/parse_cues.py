"""What the words around spaCy's entity spans say about them, read from the tokens
alone: no dependency parse, which would cost a third of the NER's throughput for these
few cues (the sentence boundaries come from spaCy's rule-based sentencizer, see
pipeline.py).
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
from dataclasses import dataclass

from spacy.attrs import SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

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


@dataclass(frozen=True)
class _Name:
    start: int  # token offsets
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class _Tokens:
    """The words and sentence starts as plain lists: spaCy builds a Python object for
    every token touched, which cost as much as VADER did."""

    words: list[str]
    sentence_starts: list[bool]

    def __len__(self) -> int:
        return len(self.words)


def raw_entities(doc: Doc) -> list[RawEntity]:
    starts = doc.to_array(SENT_START).tolist()  # 1 starts a sentence, -1 does not
    tokens = _Tokens([t.text for t in doc], [i == 0 or s == 1 for i, s in enumerate(starts)])
    spans = list(doc.ents)
    names = [_Name(e.start, e.end, e.label_, e.text) for e in spans]
    lists = _lists(tokens, names)
    return [
        RawEntity(
            start=span.start_char,
            end=span.end_char,
            label=name.label,
            adjectival=_adjectival(tokens, names, i),
            listed_with=_listed_with(name, [names[j] for j in lists.get(i, ())]),
            described_as=_described_as(tokens, name),
        )
        for i, (span, name) in enumerate(zip(spans, names, strict=True))
    ]


def _is_head_noun(word: str) -> bool:
    return (
        word.isalpha()
        and word.islower()
        and word not in STOP_WORDS
        and word not in _NOT_HEAD_NOUN
        and not word.endswith("ed")
    )


def _adjectival(tokens: _Tokens, names: Sequence[_Name], i: int) -> bool:
    """One word before a noun, or before "and"/"," and another such word: "Chinese and
    Emirati officials"."""
    if not _one_word_demonym(names[i]):
        return False
    at = names[i].end
    while at < len(tokens):
        word = tokens.words[at]
        if word in (",", "and", "or"):
            at += 1
            continue
        following = next((n for n in names[i + 1 :] if n.start == at), None)
        if following is None:
            noun = _is_head_noun(word) and not word.endswith("ing")
            title = word.istitle() and word.isalpha()
            return (noun or title) and not tokens.sentence_starts[at]
        if not _one_word_demonym(following):
            return False
        at = following.end
    return False


def _one_word_demonym(name: _Name) -> bool:
    return name.end - name.start == 1 and _DEMONYM.search(name.text) is not None


def _lists(tokens: _Tokens, names: Sequence[_Name]) -> dict[int, list[int]]:
    """Runs of names in one sentence joined by commas and a final "and"/"or": each item's
    fellow items."""
    runs: list[list[int]] = []
    for i in range(1, len(names)):
        previous, name = names[i - 1], names[i]
        if name.label in _NUMERIC or previous.label in _NUMERIC:
            continue
        gap = " ".join(tokens.words[previous.end : name.start]) + " "
        joined = _LIST_GAP.match(gap) and not tokens.sentence_starts[name.start]
        if joined and runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        elif joined:
            runs.append([i - 1, i])
    fellows: dict[int, list[int]] = {}
    for run in runs:
        gaps = " ".join(tokens.words[names[run[0]].end : names[run[-1]].start])
        if _CONJUNCTION.search(gaps):
            for i in run:
                fellows[i] = [j for j in run if j != i]
    return fellows


def _listed_with(name: _Name, fellows: Sequence[_Name]) -> str | None:
    others: Counter[str] = Counter()
    for fellow in fellows:  # spaCy may run two items into one span: "Cumbria, Lancashire"
        others[coarse_type(fellow.label)] += fellow.text.count(", ") + 1
    if not others:
        return None
    kind, count = others.most_common(1)[0]
    merged_list = ", " in name.text  # spaCy ran two items together: "Cumbria, Lancashire"
    longer_name = name.end - name.start > 1 and not merged_list
    if count * 2 <= sum(others.values()) or (longer_name and count < MIN_LIST_AGREEMENT):
        return None  # the list disagrees, or a longer name needs two items to agree
    return kind


def _described_as(tokens: _Tokens, name: _Name) -> str | None:
    if name.label in _NUMERIC:
        return None
    before = name.start - 1 if name.start > 0 else None
    after = name.end if name.end < len(tokens) else None
    for noun, place_only in (
        (_noun_before_comma(tokens, name), False),
        (_appositive_noun(tokens, name), False),
        (before, False),
        (after, True),
        (_of_head(tokens, name), True),
    ):
        kind = _kind(tokens, noun, place_only)
        if kind is not None:
            return kind
    return None


def _kind(tokens: _Tokens, noun: int | None, place_only: bool) -> str | None:
    if noun is None or not (tokens.words[noun].islower() or tokens.sentence_starts[noun]):
        return None
    kind = noun_type(tokens.words[noun])
    return kind if kind == "PLACE" or not place_only else None


def _noun_before_comma(tokens: _Tokens, name: _Name) -> int | None:
    """The name in apposition after its noun: "IEBC chairman, Joseph Kamau"."""
    at = name.start
    if at < 2 or tokens.words[at - 1] != "," or tokens.sentence_starts[at]:
        return None
    return at - 2


def _appositive_noun(tokens: _Tokens, name: _Name) -> int | None:
    """The head of a noun phrase in apposition after the name: "Mark Lindqvist, the EA
    manager," or "Otieno, a former executive at …"."""
    words, at = tokens.words, name.end
    if at >= len(words) or words[at] != ",":
        return None
    if name.start > 0 and words[name.start - 1].lower() in _PREPOSITIONS:
        return None  # "In Brussels, a spokesman for …" is not an apposition
    noun = None
    for i in range(at + 1, min(at + 2 + APPOSITION_WORDS, len(words))):
        word = words[i]
        if tokens.sentence_starts[i] or word in _APPOSITION_ENDS:
            return noun
        hyphenated = i + 1 < len(words) and words[i + 1] == "-"
        if word in _DETERMINERS or word in ("'s", "\u2019s", "-") or word.istitle() or hyphenated:
            continue
        if word in _CLAUSE or word.endswith(("ed", "ing")) or word in _NOT_HEAD_NOUN:
            return None  # a verb or a function word: a clause, not a noun phrase
        if _is_head_noun(word):
            noun = i
    return noun if noun is not None and noun + 1 == len(words) else None


def _of_head(tokens: _Tokens, name: _Name) -> int | None:
    """The noun governing the name through "of": "the town of Bilohorivka"."""
    words, at = tokens.words, name.start
    if at < 2 or words[at - 1].lower() != "of":
        return None
    if name.end < len(words) and _is_head_noun(words[name.end]):
        return None  # the name modifies a noun: "the rout of Russian forces"
    return at - 2
