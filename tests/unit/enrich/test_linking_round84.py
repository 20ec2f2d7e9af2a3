"""Round 84's rule, on small invented texts written in ordinary news style: a research
station's or a base's one-word name used alone ("Rothera" of the "Rothera Research
Station", "Marambio" of "Marambio Base") is the station, whatever small town elsewhere
shares the name; not a town that acts, nor a big city, nor a name of two words (a person's,
or a feature's the station stands on)."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned


@pytest.mark.parametrize(
    ("text", "station", "short"),
    [
        (
            "The Rothera Research Station will get a new wharf. Supplies reached Rothera by"
            " ship in December, and 90 people now live at Rothera over the summer.",
            "Rothera Research Station",
            "Rothera",
        ),
        (
            "Flights to Marambio Base resumed on Monday. The air force said fuel for the"
            " winter would be flown to Marambio in March.",
            "Marambio Base",
            "Marambio",
        ),
        (
            "Scientists at Casey Station counted the seals. A ship from Hobart will resupply"
            " Casey in March.",
            "Casey Station",
            "Casey",
        ),
    ],
    ids=["a research station", "a base", "a name a small town shares"],
)
def test_a_stations_one_word_name_alone_is_the_station(
    text: str, station: str, short: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, {station: "FAC", short: "GPE", "Hobart": "GPE"}), gazetteer)
    assert entities[short] is entities[station]
    assert entities[station].type == "PLACE"


@pytest.mark.parametrize(
    ("text", "labels", "station", "short"),
    [
        (
            "The east coast city of Gangneung elected a new member. Gangneung voted for clean"
            " air, she told supporters near Gangneung Station.",
            {"Gangneung": "GPE", "Gangneung Station": "FAC"},
            "Gangneung Station",
            "Gangneung",
        ),
        (
            "Trains from Sapporo Station were cancelled. Snow closed schools in Sapporo.",
            {"Sapporo": "GPE", "Sapporo Station": "FAC"},
            "Sapporo Station",
            "Sapporo",
        ),
        (
            "Dome Fuji Station stands on the summit of Dome Fuji, a broad ice dome.",
            {"Dome Fuji Station": "FAC", "Dome Fuji": "LOC"},
            "Dome Fuji Station",
            "Dome Fuji",
        ),
        (
            "The islands inspired Charles Darwin. Scientists from the Charles Darwin Research"
            " Station will take blood samples.",
            {"Charles Darwin": "ORG", "Charles Darwin Research Station": "ORG"},
            "Charles Darwin Research Station",
            "Charles Darwin",
        ),
    ],
    ids=["a town that acts", "a big city", "a feature of two words", "a person"],
)
def test_a_town_a_city_or_a_name_of_two_words_stays_apart(
    text: str, labels: dict[str, str], station: str, short: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[short] is not entities[station]
