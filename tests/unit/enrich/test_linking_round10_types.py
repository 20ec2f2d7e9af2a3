"""Round 10's typing rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
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
