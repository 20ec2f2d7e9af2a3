"""Every occurrence of a set of names in a text, as one alternation regex would find them.

Built per article over a few dozen names: compiling that alternation cost about 1.5 ms an
article, more than the search itself. An Aho-Corasick automaton is built in microseconds
and finds every occurrence in one pass; the choice the regex made is then made here: the
leftmost match first, the longest at that start, never overlapping the one before, and
each bounded by no word character or hyphen before and no word character after."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _joins_word(char: str) -> bool:
    """A word character or a hyphen: what may not touch a name standing on its own."""
    return _is_word(char) or char == "-"


def find_names(text: str, names: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each occurrence, left to right, as
    `re.finditer(rf"(?<![\\w-])(?:{longest first, escaped})(?!\\w)", text)` gives them."""
    automaton = ahocorasick.Automaton()
    for name in names:
        if name:
            automaton.add_word(name, name)
    if len(automaton) == 0:
        return
    automaton.make_automaton()
    found = []
    for end_index, name in automaton.iter(text):
        end = end_index + 1
        start = end - len(name)
        if start > 0 and _joins_word(text[start - 1]):
            continue
        if end < len(text) and _is_word(text[end]):
            continue
        found.append((start, -end, name))
    found.sort()
    cursor = 0
    for start, negative_end, name in found:
        if start >= cursor:
            cursor = -negative_end
            yield start, cursor, name


def standalone(text: str, word: str) -> Iterator[int]:
    """Where the word stands on its own, left to right, as
    `re.finditer(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text)` finds it, with no
    pattern compiled per word (round 7: a regex per acronym cost more than the search)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _alone(text, at, end):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _alone(text: str, start: int, end: int) -> bool:
    before = start > 0 and _joins_word(text[start - 1])
    after = end < len(text) and _joins_word(text[end])
    return not (before or after)


def names_before(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start of the capitalised word before it, end of the word) for each use of a word
    after a capitalised name word and a space, left to right, as
    `re.finditer(rf"\\b([A-Z][\\w-]*[a-z]) {re.escape(word)}(?![\\w-])", text)` finds
    them (the group's span is (start, the space)), with no pattern compiled per word."""
    last = 0
    space = text.find(" " + word)
    while space >= 0:
        end = space + 1 + len(word)
        ends_word = end == len(text) or not _joins_word(text[end])
        start = _name_word_start(text, space, last) if ends_word else None
        if start is not None:
            yield start, end
            last = end
        space = text.find(" " + word, space + 1)


def _name_word_start(text: str, space: int, last: int) -> int | None:
    """The leftmost start, from `last` on, of a word of word characters and hyphens that
    ends in a lower-case ASCII letter right before the space and opens with an upper-case
    ASCII letter at a word boundary."""
    if space == 0 or not "a" <= text[space - 1] <= "z":
        return None
    run = space - 1
    while run > 0 and _joins_word(text[run - 1]):
        run -= 1
    for start in range(max(run, last), space):
        if "A" <= text[start] <= "Z" and (start == 0 or not _is_word(text[start - 1])):
            return start
    return None
