"""The words of a Doc as parse_cues.py and appositions.py read them: plain lists, and a
name as token offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

# Not a noun after a one-word name: a verb ("Kherson said") or a time ("Kyiv yesterday").
NOT_HEAD_NOUN = frozenset({"said", "says", "told", "yesterday", "today", "tonight"})
PREPOSITIONS = frozenset({"in", "at", "on", "from", "to", "for", "by", "into", "near"})
DETERMINERS = frozenset({"a", "an", "the"})
# Numbers and dates: nothing here changes what they are linked as.
NUMERIC = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


@dataclass(frozen=True)
class Name:
    start: int  # token offsets
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Tokens:
    """The words and sentence starts as plain lists: spaCy builds a Python object for
    every token touched, which cost as much as VADER did."""

    words: list[str]
    sentence_starts: list[bool]
    spaced: list[int]  # 1 where a space follows the word

    def __len__(self) -> int:
        return len(self.words)

    def text(self, start: int, end: int) -> str:
        """The words from `start` to `end` as the text has them: Span.text, without a
        Token object for each word."""
        words, spaced = self.words, self.spaced
        return "".join(
            [words[i] + " " if spaced[i] else words[i] for i in range(start, end - 1)]
        ) + (words[end - 1] if end > start else "")

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        starts = doc.to_array(SENT_START).tolist()  # 1 starts a sentence, -1 does not
        strings = doc.vocab.strings  # faster than a Token object for every word
        words = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
        sentence_starts = [i == 0 or s == 1 for i, s in enumerate(starts)]
        return cls(words, sentence_starts, doc.to_array(SPACY).tolist())


# A lower-case word right after a name in the text ("Angolan port", "Tanzanian valley").
_WORD_AFTER_A_NAME = re.compile(r" ([a-z][a-z-]*)")


def head_noun_after(after: str) -> str | None:
    """The noun right after a name, given the text that follows it, if a lower-case head
    noun comes next ("Angolan port", "Cretan court"; not "Kherson said")."""
    word = _WORD_AFTER_A_NAME.match(after)
    return word[1] if word is not None and is_head_noun(word[1]) else None


def is_head_noun(word: str) -> bool:
    return (
        word.isalpha()
        and word.islower()
        and word not in STOP_WORDS
        and word not in NOT_HEAD_NOUN
        and not word.endswith("ed")
    )
