"""What the parse hands to entity linking: spaCy's spans with the cues the parse read.

The linking passes (linking/) take it from here; parse_cues.py builds it.
"""

from __future__ import annotations

from dataclasses import dataclass

COARSE_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


@dataclass(frozen=True)
class RawEntity:
    """spaCy's span with what its parse says: an adjective ("Ukrainian troops") names a
    nationality rather than a place, and items of one list tend to share a type."""

    start: int
    end: int
    label: str
    adjectival: bool = False
    listed_with: str | None = None  # the coarse type shared by the other list items
    described_as: str | None = None  # "the broker Peel Hunt": what a common noun says


def coarse_type(label: str) -> str:
    return COARSE_TYPES.get(label, label)
