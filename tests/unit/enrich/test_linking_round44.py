"""Round 44's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsflow_enrich.domain import load_ner_pipeline
from newsflow_enrich.domain.linking.heads import head_type


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
