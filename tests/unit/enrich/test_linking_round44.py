"""Round 44's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsflow_enrich.domain import load_ner_pipeline
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from tests.unit.enrich.linking_helpers import linked, mentioned


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_ner_pipeline()


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [
        ("The council of Sault Ste. Marie voted on Monday to buy the site.", "Ste."),
        ("SAULT STE. MARIE, Ont. — The council voted on Monday to buy the site.", "STE."),
        ("The mayor of Sta. Rosa said the road would reopen in May.", "Sta."),
        ("Farmers in Sto. Tomas said the rains came late this year.", "Sto."),
    ],
    ids=["Ste.", "STE. in a dateline", "Sta.", "Sto."],
)
def test_an_abbreviation_that_opens_a_place_name_keeps_its_full_stop_inside_its_sentence(
    nlp: Language, text: str, abbreviation: str
) -> None:
    doc = nlp(text)
    (at,) = [token.i for token in doc if token.text == abbreviation]
    assert not doc[at + 1].is_sent_start  # the name goes on in the same sentence


@pytest.mark.parametrize(
    "name",
    [
        "Tambopata National Reserve",
        "Moremi Game Reserve",
        "Dinaric Alps",
        "Mekong Delta",
        "Kaimai Range",
        "Kwajalein Atoll",
        "Ross Ice Shelf",
        "Caroni Swamp",
        "Chagos Archipelago",
        "Monte Cara",
    ],
)
def test_a_feature_of_land_or_water_is_a_place_by_its_head_word(name: str) -> None:
    assert head_type(name) == "PLACE"


@pytest.mark.parametrize("name", ["Federal Reserve", "Army Reserve", "Nick Cave", "Robert Plant"])
def test_a_reserve_of_money_or_soldiers_and_a_surname_are_no_place(name: str) -> None:
    assert head_type(name) != "PLACE"


@pytest.mark.parametrize(
    ("text", "name", "head"),
    [
        (
            "The Junta Departamental de Montevideo approved the budget on Tuesday. The "
            "Junta will vote again in March.",
            "Junta Departamental de Montevideo",
            "Junta",
        ),
        (
            "The Câmara Municipal de Lisboa owns the building. The Câmara said it would "
            "not sell it.",
            "Câmara Municipal de Lisboa",
            "Câmara",
        ),
        (
            "The ruling Frente Amplio has 48 seats. The Frente said it would back the bill.",
            "Frente Amplio",
            "Frente",
        ),
    ],
    ids=["Junta", "Câmara", "Frente"],
)
def test_a_head_word_written_first_and_used_alone_is_the_organisation(
    text: str, name: str, head: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, {name: "ORG", head: "GPE"}), gazetteer)
    assert entities[head] is entities[name]
    assert entities[name].type == "ORG"


def test_a_head_word_that_two_names_open_is_left_alone(gazetteer: Gazetteer) -> None:
    text = (
        "The Junta Departamental de Montevideo and the Junta Departamental de Canelones met "
        "on Friday. The Junta will decide."
    )
    labels = {
        "Junta Departamental de Montevideo": "ORG",
        "Junta Departamental de Canelones": "ORG",
        "Junta": "ORG",
    }
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Junta"] is not entities["Junta Departamental de Montevideo"]
    assert entities["Junta"] is not entities["Junta Departamental de Canelones"]
