"""Round 12: a side or a firm named after its town with a plural ("Pittsburgh Pirates",
"Houston Astros"), which the model can take for the town itself; round 30: a club named
with its town before or after the rest, which the model can take for a person ("Górnik
Zabrze", "Ittihad Tanger", "Shanghai Shenhua")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeGuard

from newsflow_enrich.domain.gazetteer import Candidate, Gazetteer, Rank
from newsflow_enrich.domain.linking.heads import PLACE_HEADS
from newsflow_enrich.domain.names import capitalised, word_set

# Plurals that keep the name a place ("Palm Springs", "Florida Keys"; with the place head
# words: "Golan Heights", "Yorkshire Dales"), or make it an event ("Paris Olympics").
NOT_A_SIDE = PLACE_HEADS | word_set(
    """springs keys plains sands rapids flats narrows alps meadows gardens docks towers
    commons barracks lakes woods downs broads isles lowlands
    games olympics paralympics championships talks accords protests riots floods elections"""
)


def named_after_its_town(name: str, gazetteer: Gazetteer) -> bool:
    """A known place's name, then one capitalised plural that names no feature of land,
    the whole name unknown as a place."""
    words = name.split()
    if len(words) < 2 or not a_sides_plural(words[-1]):
        return False
    town = " ".join(words[:-1])
    return gazetteer.lookup(town) is not None and gazetteer.lookup(name) is None


def side_of_its_town(name: str, town_words: int, gazetteer: Gazetteer) -> bool:
    """Round 40: a side named with its town (the name's first `town_words` words), then
    one or two capitalised words, the last a plural that names no feature of land
    ("Portland Timbers", "Chennai Super Kings"): asked of a name that plays in a match,
    which "New York Times" does not."""
    words = name.split()
    rest = words[town_words:]
    if not 1 <= len(rest) <= 2 or not all(capitalised(w) for w in rest):
        return False
    if not a_sides_plural(rest[-1]):
        return False
    return is_a_town(gazetteer.lookup(" ".join(words[:town_words])))


def a_sides_plural(word: str) -> bool:
    """A capitalised plural that names no feature of land or event ("Timbers", not
    "Springs" or "Olympics")."""
    return (
        len(word) > 3
        and capitalised(word)
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word.lower() not in NOT_A_SIDE
    )


def club_of_its_town(forms: Sequence[str], gazetteer: Gazetteer, countries: frozenset[str]) -> bool:
    """A name of two words or more that opens or ends with a town of a country the article
    names ("Górnik Zabrze" in a report from Poland): asked only of a name that plays in a
    match report, which a player's name with a town's ("Jude Bellingham") rarely does in
    a town of the report's own country."""
    ends = (
        end for form in forms if len(words := form.split()) > 1 for end in (words[0], words[-1])
    )
    towns = (gazetteer.lookup(end) for end in ends)
    return any(is_a_town(town) and town.place.country_code in countries for town in towns)


def is_a_town(place: Candidate | None) -> TypeGuard[Candidate]:
    """Ranked from a city to a big city (a US state ranks between them): no country, and
    no alias of a city."""
    return place is not None and Rank.CITY <= place.rank <= Rank.BIG_CITY
