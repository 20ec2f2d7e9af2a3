"""Round 61's rule, on small invented sentences written in ordinary news style: a name
after a place and a bare comma is listed with it only if the list goes on ("in Florence,
Casa Grande and Eloy"); where a verb follows, the comma closes an opening phrase, and the
name is the clause's subject ("at Addis Ababa Stadium, Ethiopian Coffee went ahead")."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import types_of


@pytest.mark.parametrize(
    ("text", "labels", "name"),
    [
        (
            "In front of 30,000 fans at Addis Ababa Stadium, Ethiopian Coffee went ahead in"
            " the 22nd minute.",
            {"Addis Ababa Stadium": "FAC", "Ethiopian Coffee": "ORG"},
            "Ethiopian Coffee",
        ),
        (
            "After two days of talks in Bergen, Nordvik Havbruk said it would sell the farm.",
            {"Bergen": "GPE", "Nordvik Havbruk": "ORG"},
            "Nordvik Havbruk",
        ),
    ],
    ids=["a side after an opening phrase", "a firm after an opening phrase"],
)
def test_a_name_after_a_place_and_a_comma_that_acts_is_no_listed_place(
    text: str, labels: dict[str, str], name: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, labels, gazetteer)[name] == "ORG"


def test_a_list_of_places_that_goes_on_still_types_its_items(gazetteer: Gazetteer) -> None:
    text = "Floods cut roads in Herefordshire, Powys and Shropshire on Monday."
    labels = {"Herefordshire": "GPE", "Powys": "ORG", "Shropshire": "GPE"}
    assert types_of(text, labels, gazetteer)["Powys"] == "PLACE"
