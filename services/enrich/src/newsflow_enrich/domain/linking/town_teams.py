"""Round 12: a side or a firm named after its town with a plural ("Pittsburgh Pirates",
"Houston Astros"), which the model can take for the town itself."""

from __future__ import annotations

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.names import word_set

# Plurals that keep the name a place ("Palm Springs", "Florida Keys"), or make it an
# event ("Paris Olympics"), not a body.
NOT_A_SIDE = word_set(
    """springs keys plains sands rapids flats narrows alps meadows gardens docks towers
    commons barracks lakes woods downs broads islands isles heights hills mountains falls
    highlands lowlands wetlands marshes cliffs dales fells moors wolds fens
    games olympics paralympics championships talks accords protests riots floods elections"""
)


def named_after_its_town(name: str, gazetteer: Gazetteer) -> bool:
    """A known place's name, then one capitalised plural that names no feature of land,
    the whole name unknown as a place."""
    words = name.split()
    if len(words) < 2 or not _capitalised_plural(words[-1]):
        return False
    if words[-1].lower() in NOT_A_SIDE:
        return False
    town = " ".join(words[:-1])
    return gazetteer.lookup(town) is not None and gazetteer.lookup(name) is None


def _capitalised_plural(word: str) -> bool:
    return (
        len(word) > 3
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
    )
