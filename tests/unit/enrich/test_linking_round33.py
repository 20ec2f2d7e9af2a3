"""Round 33's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import found_mentions, one_entity, typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Freight on the Benguela Railway fell by a third.", "Benguela Railway"),
        ("Shares in Mount Elgon Cement rose on Monday.", "Mount Elgon Cement"),
    ],
)
def test_a_railway_or_a_cement_maker_is_a_body(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert typed(text, [(name, "GPE")], gazetteer) == {name: "ORG"}


def test_councilmember_is_a_title(gazetteer: Gazetteer) -> None:
    text = "Councilmember Miguel Ochoa-Begay voted against. Ochoa-Begay said the code was weak."
    names = [("Councilmember Miguel Ochoa-Begay", "PERSON"), ("Ochoa-Begay", "PERSON")]
    assert "Miguel Ochoa-Begay" in found_mentions(text, names, gazetteer)


@pytest.mark.parametrize(
    ("text", "owner", "whole"),
    [
        (
            "Crowds gathered outside St Canice's Cathedral on Sunday.",
            "St Canice",
            "St Canice's Cathedral",
        ),
        ("The flood reached Morrison's Island by noon.", "Morrison", "Morrison's Island"),
    ],
)
def test_a_feature_named_by_a_possessive_the_model_left_untagged_joins_it(
    text: str, owner: str, whole: str, gazetteer: Gazetteer
) -> None:
    assert found_mentions(text, [(owner, "GPE")], gazetteer) == {whole}


def test_a_possessive_before_a_longer_capitalised_name_stays_apart(gazetteer: Gazetteer) -> None:
    text = "Visitors queued at Morrison's Island Bridge."
    assert found_mentions(text, [("Morrison", "PERSON")], gazetteer) == {"Morrison"}


def test_a_sides_short_name_is_not_the_surname_of_its_namesake(gazetteer: Gazetteer) -> None:
    text = (
        "Botev Plovdiv beat Lokomotiv Plovdiv 2-1 on Sunday. The club is named after the "
        "poet Hristo Botev. Botev beat Levski last month and play CSKA next."
    )
    labels = {
        "Botev Plovdiv": "ORG",
        "Lokomotiv Plovdiv": "ORG",
        "Hristo Botev": "PERSON",
        "Botev": "ORG",
        "Levski": "ORG",
        "CSKA": "ORG",
    }
    assert not one_entity(text, labels, ("Botev", "Hristo Botev"), gazetteer)


def test_a_players_surname_that_wins_is_still_the_player(gazetteer: Gazetteer) -> None:
    text = "Novak Djokovic reached the final. Djokovic beat Carlos Alcaraz 6-4, 6-2."
    labels = {"Novak Djokovic": "PERSON", "Djokovic": "ORG", "Carlos Alcaraz": "PERSON"}
    assert one_entity(text, labels, ("Djokovic", "Novak Djokovic"), gazetteer)
