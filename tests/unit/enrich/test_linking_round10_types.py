"""Round 10's typing rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from newsflow_enrich.domain.linking.known import known_organisations
from newsflow_enrich.domain.names import name_key
from tests.unit.enrich.linking_helpers import entity_of


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Foxconn", "PERSON"),
        ("Lockheed Martin", "PERSON"),
        ("Xinhua", "GPE"),
        ("UNHCR", "PERSON"),
    ],
)
def test_a_body_on_the_public_lists_is_an_organisation_whatever_the_model_said(
    name: str, label: str, gazetteer: Gazetteer
) -> None:
    text = f"Shares rose after {name} reported its results on Tuesday, officials said."
    assert entity_of(text, [(name, label)], name, gazetteer).type == "ORG"


@pytest.mark.parametrize("word", ["Target", "Delta", "Santander", "Ford", "Amazon"])
def test_names_that_are_also_words_places_or_surnames_stay_off_the_list(word: str) -> None:
    assert name_key(word) not in known_organisations()


@pytest.mark.parametrize(
    "name", ["Harlow Reservoir", "Tanner Gorge", "Loch Varrin", "Cape Morlan", "Osk Harbour"]
)
def test_a_feature_of_land_or_water_is_a_place(name: str, gazetteer: Gazetteer) -> None:
    text = f"Rescuers searched {name} after the storm, the coastguard said on Sunday."
    assert entity_of(text, [(name, "PERSON")], name, gazetteer).type == "PLACE"


def test_a_city_of_several_words_before_city_is_a_place_but_a_club_is_not(
    gazetteer: Gazetteer,
) -> None:
    assert head_type("Prince Talal Economic City") == "PLACE"
    assert head_type("Leicester City") is None


def test_a_title_the_model_saw_as_one_is_no_place_whatever_its_last_word(
    gazetteer: Gazetteer,
) -> None:
    text = 'Her debut film, "The Narrow Harbour", won the jury prize on Saturday night.'
    names = [("The Narrow Harbour", "WORK_OF_ART")]
    assert entity_of(text, names, "Narrow Harbour", gazetteer).type != "PLACE"
