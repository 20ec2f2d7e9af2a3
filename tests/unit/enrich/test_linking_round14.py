"""Round 14's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.names import romanised_name
from tests.unit.enrich.linking_helpers import found_mentions, typed


@pytest.mark.parametrize(
    ("name", "romanised"),
    [
        ("Lin Chih-hao", True),
        ("Choi Dong-wook", True),
        ("Abu Dhabi-based", False),
        ("Sri Lankan-born", False),
        ("State-linked", False),
        ("Moscow-backed", False),
    ],
)
def test_an_english_word_after_a_hyphen_is_no_given_name(name: str, romanised: bool) -> None:
    assert romanised_name(name) is romanised


def test_a_place_before_based_stays_the_place(gazetteer: Gazetteer) -> None:
    text = "The plant is owned by the Abu Dhabi-based investment group Al Dhafra Petrochemicals."
    mentions = found_mentions(text, [("Abu Dhabi", "GPE")], gazetteer)
    assert mentions == {"Abu Dhabi"}
    assert typed(text, [("Abu Dhabi", "GPE")], gazetteer) == {"Abu Dhabi": "PLACE"}


def test_a_country_adjective_tagged_as_a_place_names_a_people(gazetteer: Gazetteer) -> None:
    text = "The Angolan side lost 2-1 to the visitors, and the Kuwaiti coach resigned."
    names = [("Angolan", "GPE"), ("Kuwaiti", "GPE")]
    assert typed(text, names, gazetteer) == {"Angolan": "NORP", "Kuwaiti": "NORP"}


def test_a_place_the_gazetteer_knows_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "The court in Milan ruled on Friday that the contract was void."
    assert typed(text, [("Milan", "GPE")], gazetteer) == {"Milan": "PLACE"}


def test_a_nationality_before_a_surname_the_model_calls_a_person_is_cut(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Swede Åkerlund takes the women's race. Elin Åkerlund won by four seconds. "
        "Åkerlund said the snow was slow."
    )
    names = [("Swede Åkerlund", "ORG"), ("Elin Åkerlund", "PERSON"), ("Åkerlund", "PERSON")]
    mentions = found_mentions(text, names, gazetteer)
    assert "Swede Åkerlund" not in mentions
    assert {"Åkerlund", "Elin Åkerlund"} <= mentions


def test_without_the_surname_alone_as_a_person_the_name_is_left(gazetteer: Gazetteer) -> None:
    text = "Swede Åkerlund takes the women's race on a slow course at Beitostølen."
    assert "Swede Åkerlund" in found_mentions(text, [("Swede Åkerlund", "ORG")], gazetteer)


@pytest.mark.parametrize(
    ("text", "titled", "name"),
    [
        ("Doña Felipa Sicán, 71, sells maize in the market.", "Doña Felipa Sicán", "Felipa Sicán"),
        (
            "Private Arsen Mirzoyan was wounded in the shelling.",
            "Private Arsen Mirzoyan",
            "Arsen Mirzoyan",
        ),
        (
            "Aunty Marion Kickett gave the welcome to country.",
            "Aunty Marion Kickett",
            "Marion Kickett",
        ),
        (
            "Ratu Josefa Naivalu opened the meeting in Suva.",
            "Ratu Josefa Naivalu",
            "Josefa Naivalu",
        ),
    ],
)
def test_an_honorific_or_rank_is_no_part_of_the_name(
    text: str, titled: str, name: str, gazetteer: Gazetteer
) -> None:
    assert name in found_mentions(text, [(titled, "PERSON")], gazetteer)
