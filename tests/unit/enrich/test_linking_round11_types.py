"""Round 11's typing rule, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import entity_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kyiv's men are advancing towards the river, the officials said.", "Kyiv"),
        # "Moscow insists the talks are over": since round 20 a capital that acts as a
        # government does is one (test_linking_round20.py)
        ("Lviv's men are advancing towards the river, the officials said.", "Lviv"),
    ],
)
def test_a_big_city_standing_for_its_rulers_is_the_place(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert entity_of(text, [(name, "ORG")], name, gazetteer).type == "PLACE"


def test_a_big_city_that_a_firms_words_mark_stays_an_organisation(gazetteer: Gazetteer) -> None:
    text = "Investors bought shares in Moscow on Monday, the exchange said."
    assert entity_of(text, [("Moscow", "ORG")], "Moscow", gazetteer).type == "ORG"


def test_a_town_the_model_called_an_organisation_is_left_to_the_votes(
    gazetteer: Gazetteer,
) -> None:
    # not a big city: the rule does not speak, the model's label stands
    text = "Tarnowska's council met on Monday, the mayor said."
    assert entity_of(text, [("Tarnowska", "ORG")], "Tarnowska", gazetteer).type == "ORG"
