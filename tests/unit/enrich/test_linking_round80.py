"""Round 80's rule, on small invented texts written in ordinary news style: a country's
name or its people's adjective that the model tagged with a body's name, and whose letters
the body's acronym leaves out, is the country, not a word of the name ("the US National
Institutes of Health (NIH)", "the French Institut de Recherche pour le Développement
(IRD)"); a country the acronym spells stays in the name ("United States Geological Survey
(USGS)"). And a capital that will or would do something, as the subject of its clause, is
its government ("Berlin will cover 65 percent of the cost"), unless the article puts
something in it."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned, types_of


@pytest.mark.parametrize(
    ("text", "tagged", "name", "acronym"),
    [
        (
            "The trial was funded by the US National Institutes of Health (NIH). The NIH said"
            " it would publish the data.",
            "US National Institutes of Health",
            "National Institutes of Health",
            "NIH",
        ),
        (
            "The station is run by the U.S. National Science Foundation (NSF) through a"
            " contractor. NSF staff stay all winter.",
            "U.S. National Science Foundation",
            "National Science Foundation",
            "NSF",
        ),
        (
            "Scientists from the French Institut de Recherche pour le Développement (IRD)"
            " sampled the reef. The IRD team left on Monday.",
            "French Institut de Recherche pour le Développement",
            "Institut de Recherche pour le Développement",
            "IRD",
        ),
    ],
    ids=["US", "U.S.", "a people's adjective"],
)
def test_a_country_the_acronym_leaves_out_is_no_word_of_the_name(
    text: str, tagged: str, name: str, acronym: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, {tagged: "ORG", acronym: "ORG"}), gazetteer)
    assert tagged not in entities
    assert entities[name] is entities[acronym]
    assert entities[name].type == "ORG"


def test_the_country_cut_from_the_name_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Approval from the US Food and Drug Administration (FDA) is expected in May."
    labels = {"US Food and Drug Administration": "ORG", "FDA": "ORG"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["US"].type == "PLACE"
    assert entities["Food and Drug Administration"] is entities["FDA"]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Maps from the United States Geological Survey (USGS) show the fault.",
            "United States Geological Survey",
            "USGS",
        ),
        (
            "Voters backed the Swiss People's Party (SVP) in the canton.",
            "Swiss People's Party",
            "SVP",
        ),
    ],
    ids=["a country the acronym spells", "an adjective the acronym spells"],
)
def test_a_country_the_acronym_spells_stays_in_the_name(
    text: str, name: str, acronym: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, {name: "ORG", acronym: "ORG"}), gazetteer)
    assert entities[name] is entities[acronym]


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Officials met on Monday. Berlin will cover 65 percent of the cable's cost.", "Berlin"),
        ("The mayor said that Brussels would follow the project closely.", "Brussels"),
        (
            "The lab needs a second unit. Beijing would now pay for it, the minister said.",
            "Beijing",
        ),
    ],
    ids=["will", "would", "an adverb between"],
)
def test_a_capital_that_will_or_would_act_is_its_government(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {capital: "GPE"}, gazetteer)[capital] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Paris will be the host of the final, and hotels in Paris are full.",
        "Fans said Rome will host the final. The marathon runs through Rome.",
        "The mayor of Vienna will open the fair.",
    ],
    ids=["will be", "put something in", "no subject of its clause"],
)
def test_a_capital_that_will_be_or_holds_something_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    capital = next(c for c in ("Paris", "Rome", "Vienna") if c in text)
    assert types_of(text, {capital: "GPE"}, gazetteer)[capital] == "PLACE"
