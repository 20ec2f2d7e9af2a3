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
        if start > 0 and (_is_word(text[start - 1]) or text[start - 1] == "-"):
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
