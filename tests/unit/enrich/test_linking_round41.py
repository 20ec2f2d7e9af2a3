"""Round 41's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Burkina Faso, known until 1984 as Upper Volta, has been fighting for a decade.",
            ("Burkina Faso", "Upper Volta"),
        ),
        (
            "Glaciers in the Tien Shan, also spelled Tian Shan, have lost a quarter of their area.",
            ("Tien Shan", "Tian Shan"),
        ),
        (
            "Masks came from Malakula, also spelt Malekula, and from Ambrym.",
            ("Malakula", "Malekula"),
        ),
    ],
    ids=["known until a year as", "also spelled", "also spelt"],
)
def test_a_name_known_until_a_year_or_spelled_another_way_takes_that_name(
    text: str, forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    labels = dict.fromkeys(forms, "GPE") | {"Ambrym": "GPE"}
    assert one_entity(text, labels, forms, gazetteer)


def test_a_name_a_country_calls_by_another_takes_it(gazetteer: Gazetteer) -> None:
    text = (
        "The shoal lies 35 kilometres from Mischief Reef, which the Philippines calls "
        "Panganiban Reef, where China has built an island."
    )
    labels = {"Mischief Reef": "LOC", "Panganiban Reef": "LOC", "Philippines": "GPE"}
    labels |= {"China": "GPE"}
    assert one_entity(text, labels, ("Mischief Reef", "Panganiban Reef"), gazetteer)


def test_a_place_after_a_preposition_takes_its_former_name(gazetteer: Gazetteer) -> None:
    text = "The ammonia goes to a urea plant near Deendayal Port, formerly Kandla, in Gujarat."
    labels = {"Deendayal Port": "FAC", "Kandla": "GPE", "Gujarat": "GPE"}
    assert one_entity(text, labels, ("Deendayal Port", "Kandla"), gazetteer)


def test_a_mission_in_a_country_known_by_capitals_leaves_the_country_alone(
    gazetteer: Gazetteer,
) -> None:
    text = "Troops of the mission in Congo, known as MONUSCO, left Goma. Congo said so."
    labels = {"Congo": "GPE", "MONUSCO": "ORG", "Goma": "GPE"}
    assert not one_entity(text, labels, ("Congo", "MONUSCO"), gazetteer)
