"""Round 47's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from tests.unit.enrich.linking_helpers import types_of


@pytest.mark.parametrize(
    "name",
    [
        "Concejo Deliberante",
        "Municipalidad de Salta",
        "Intendencia de Montevideo",
        "Cabildo de Tenerife",
        "Alcaldía de Bogotá",
        "Prefeitura de Recife",
        "Mairie de Lyon",
        "Gemeente Utrecht",
        "Universiti Malaysia Kelantan",
        "Kumpulan Seri Tanjung",
        "Kementerian Kesihatan",
    ],
)
def test_a_councils_or_a_bodys_word_written_first_makes_it_a_body(name: str) -> None:
    assert head_type(name) == "ORG"


@pytest.mark.parametrize("name", ["Museum Hill", "Museum Island", "Concejo Creek"])
def test_a_place_named_after_a_museum_or_a_council_is_not_made_a_body(name: str) -> None:
    assert head_type(name) != "ORG"


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The Council of State has ordered Paris to do more to cut nitrates.", "Paris"),
        ("The golden power rules allow Rome to block foreign bids.", "Rome"),
        ("The council will now need Wellington to pass a law.", "Wellington"),
        ("Officials expected Brussels to accept the extension.", "Brussels"),
        ("The office said last year that Taipei was obstructing normal exchanges.", "Taipei"),
    ],
    ids=["ordered to", "allow to", "need to", "expected to", "was obstructing"],
)
def test_a_capital_told_or_allowed_to_act_is_its_government(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {capital: "GPE"}, gazetteer)[capital] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "The fares allowed Rome to fill its hotels, and rents in Rome rose.",
        "Bad weather forced Paris. The marathon went ahead in the rain.",
    ],
    ids=["put something in", "no verb after"],
)
def test_a_capital_allowed_something_that_holds_something_or_does_nothing_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    capital = "Rome" if "Rome" in text else "Paris"
    assert types_of(text, {capital: "GPE"}, gazetteer)[capital] == "PLACE"
