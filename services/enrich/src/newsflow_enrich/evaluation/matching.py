"""How the scorer compares surface forms: deliberately simpler than the system's own
folding, so that the system's transliteration rules earn no credit by themselves."""

from __future__ import annotations

import re

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")


def match_key(surface: str) -> str:
    text = _SPACES.sub(" ", surface.translate(_APOSTROPHES)).strip().casefold()
    text = text.removeprefix("the ")
    return _POSSESSIVE.sub("", text)


def surface_forms_present(text: str, aliases: tuple[str, ...]) -> list[str]:
    """The aliases the text uses on their own, not only inside a longer alias."""
    text = text.translate(_APOSTROPHES)
    spans: dict[str, list[tuple[int, int]]] = {}
    for alias in aliases:
        pattern = rf"(?<![\w-]){re.escape(alias.translate(_APOSTROPHES))}(?!\w)"
        spans[alias] = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    present = []
    for alias, found in spans.items():
        longer = [s for other, ss in spans.items() if len(other) > len(alias) for s in ss]
        if any(not any(a <= start and end <= b for a, b in longer) for start, end in found):
            present.append(alias)
    return present
