"""The gazetteer's candidate for one entity: where on the map its names could put it.

Of the places its names could be, the surest rank wins, then one in a country the
article names (or names a big city of: "London" puts a "Lancaster" in England), then the
most people. A natural feature ("River Eden", "the Severn") is
no town of the same name, so it has no candidate: the gazetteer holds no rivers. A small
town in a country the article never names, when the article does name some, is not
taken without more evidence: "Eden" in a story about Cumbria is not Eden, North Carolina.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsflow_enrich.domain.gazetteer import Candidate, Gazetteer, Rank
from newsflow_enrich.domain.linking.heads import is_natural_feature


def place_candidate(
    forms: Sequence[str], gazetteer: Gazetteer, countries: frozenset[str]
) -> Candidate | None:
    candidate = gazetteer.best_of(forms, countries)
    if candidate is not None and candidate.rank == Rank.COUNTRY:
        return candidate  # round 38: a country named as islands are ("Solomon Islands")
    if any(is_natural_feature(f) for f in forms):
        return None
    if candidate is None or candidate.rank >= Rank.BIG_CITY or not countries:
        return candidate
    return candidate if candidate.place.country_code in countries else None
