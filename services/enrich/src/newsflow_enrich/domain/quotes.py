"""Finding direct quotations: typographic (“…”, ‘…’) and straight ("…", '…') quote marks.

The hard case is the single right quote, which is also the apostrophe: ’ before a letter
("it’s") never closes a quote, and ’ after an "s" before a lower-case word that is not a
function word ("the occupiers’ submarine", but not "the Pennines’ and") is taken as a
plural possessive unless nothing better closes the quote. A quotation runs at most to
the end of its paragraph; one left open there continues into a next paragraph that
opens with a quote mark (the British convention for quotes over several paragraphs).
Scare quotes ("‘panicking’") are not quotations: a quotation has at least three words or
ends in punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "'": "'"}
_MARKS = re.compile("[" + "".join(_PAIRS) + "]")
_APOSTROPHE_LIKE = frozenset({"\u2019", "'"})
_OPEN_AFTER = frozenset(" \t([{\u2014\u2013-/:\u201c\u2018\"'")
_ENDS_UTTERANCE = re.compile(r"[.,!?\u2026]$")
_NEXT_WORD = re.compile(r"[a-z]+")
MIN_WORDS = 3


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # the quoted text, without its marks
    end: int
    paragraph: int
    open_ended: bool
    starts_paragraph: bool


def find_quote_spans(text: str) -> list[QuoteSpan]:
    quotes: list[QuoteSpan] = []
    at = 0
    for index, line in enumerate(text.split("\n")):
        quotes.extend(_in_paragraph(text, at, at + len(line), index))
        at += len(line) + 1
    return [q for q in quotes if _is_quotation(text[q.start : q.end])]


def _in_paragraph(text: str, start: int, end: int, paragraph: int) -> list[QuoteSpan]:
    found = []
    first_char = start + len(text[start:end]) - len(text[start:end].lstrip())
    i = start
    while (next_mark := _MARKS.search(text, i, end)) is not None:
        i = next_mark.start()  # nothing between here and a mark can open a quote
        mark = text[i]
        if _opens(text, i, start, end):
            close = _closing(text, i + 1, end, _PAIRS[mark])
            stop = end if close is None else close
            inner_start, inner_end = _strip(text, i + 1, stop)
            if inner_end > inner_start:
                found.append(
                    QuoteSpan(inner_start, inner_end, paragraph, close is None, i == first_char)
                )
            i = stop + 1
        else:
            i += 1
    return found


def _opens(text: str, i: int, start: int, end: int) -> bool:
    if text[i] == "\u2019":
        return False
    before_ok = i == start or text[i - 1] in _OPEN_AFTER
    after = text[i + 1] if i + 1 < end else " "
    return before_ok and not after.isspace()


def _closing(text: str, start: int, end: int, closer: str) -> int | None:
    fallback = None
    for k in range(start, end):
        if text[k] != closer:
            continue
        if closer not in _APOSTROPHE_LIKE:
            return k
        after = text[k + 1] if k + 1 < end else ""
        if after.isalnum():
            continue  # an apostrophe inside a word: it's, Zelensky’s
        if text[k - 1] == "s" and after == " " and _noun_follows(text, k + 2):
            fallback = k if fallback is None else fallback  # the occupiers’ submarine
            continue
        return k
    return fallback


def _noun_follows(text: str, start: int) -> bool:
    """A lower-case word that is not a function word: "occupiers’ submarine", not
    "Pennines’ and"."""
    word = _NEXT_WORD.match(text, start)
    return word is not None and word.group() not in STOP_WORDS


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_quotation(quoted: str) -> bool:
    return len(quoted.split()) >= MIN_WORDS or bool(_ENDS_UTTERANCE.search(quoted))
