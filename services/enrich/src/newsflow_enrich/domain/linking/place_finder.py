"""Places the model missed, found with the gazetteer (as GDELT geocodes every place).

A capitalised name that no entity span covers becomes a place mention when the gazetteer
knows it and the text says it is somewhere: right after a locative preposition ("rout in
Kharkiv", "between Penrith and Kendal"), or joined by "and" or a comma to a place that
was just found that way. A name only after "in" that is really a company ("a stake in
Toyota") is almost always tagged by the model already, and tagged spans are never
overridden here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsflow_enrich.domain.gazetteer import Gazetteer

_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?"
_AFTER_LOCATIVE = re.compile(
    r"\b(?i:in|at|near|from|to|into|across|around|towards|between|outside|via)\s+"
    rf"(?:the\s+)?({_NAME})"
)
_LIST_ITEM = re.compile(rf"^(?:,\s*|\s+and\s+|\s+or\s+)({_NAME})")


def find_places(
    text: str,
    taken: Sequence[tuple[int, int]],
    places: Sequence[tuple[int, int]],
    gazetteer: Gazetteer,
) -> list[tuple[int, int]]:
    """New place spans; `taken` are all entity spans, `places` those tagged as places."""
    occupied = bytearray(len(text))
    for start, end in taken:
        occupied[start:end] = b"\x01" * (end - start)
    place_ends = {start: end for start, end in places}
    taken_ends = {start: end for start, end in taken}
    found: list[tuple[int, int]] = []
    for match in _AFTER_LOCATIVE.finditer(text):
        start = match.start(1)
        bounds = _known(text, start, match.end(1), occupied, gazetteer)
        tagged = place_ends.get(start) or taken_ends.get(start)
        if (
            bounds is None
            and tagged
            and (start in place_ends or _is_place(text, start, tagged, gazetteer))
        ):
            bounds = (start, tagged)  # a tagged place: the list may go on
        while bounds is not None:
            if not occupied[bounds[0]]:
                found.append(bounds)
                occupied[bounds[0] : bounds[1]] = b"\x01" * (bounds[1] - bounds[0])
            item = _LIST_ITEM.match(text[bounds[1] : bounds[1] + 60])
            if item is None:
                break
            start = bounds[1] + item.start(1)
            bounds = _known(text, start, bounds[1] + item.end(1), occupied, gazetteer)
    return found


def _is_place(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    return gazetteer.lookup(text[start:end]) is not None


def _known(
    text: str, start: int, end: int, occupied: bytearray, gazetteer: Gazetteer
) -> tuple[int, int] | None:
    """The longest prefix of the name (two words or one) that the gazetteer knows."""
    candidates = [(start, end)]
    first_space = text.find(" ", start, end)
    if first_space > 0:
        candidates.append((start, first_space))
    for bounds in candidates:
        name = text[bounds[0] : bounds[1]]
        if 1 in occupied[bounds[0] : bounds[1]] or name.endswith(("'s", "\u2019s")):
            continue
        if gazetteer.lookup(name) is not None:
            return bounds
    return None
