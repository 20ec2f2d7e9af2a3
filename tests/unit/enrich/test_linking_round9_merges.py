"""Round 9's alias merges, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.acronyms import find_acronyms
from newsflow_enrich.domain.normalise import normalise_for_nlp
from tests.unit.enrich.linking_helpers import entity_of


def long_forms(text: str) -> dict[str, str]:
    return {a.acronym: text[a.long_start : a.long_end] for a in find_acronyms(text)}


def test_an_acronym_between_commas_after_a_name_is_its_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "The National Water Administration, ANAS, said on Monday that it would ration"
        " supplies. ANAS blamed the drought."
    )
    names = [("National Water Administration", "ORG"), ("ANAS", "ORG"), ("ANAS", "ORG")]
    entity = entity_of(text, names, "ANAS", gazetteer)
    assert "National Water Administration" in entity.forms


@pytest.mark.parametrize(
    "text",
    [
        "Officials from the Bank of Lindora, ECB, and the Fed met on Friday.",
        "The Ministry of Finance, IMF, World Bank and donors agreed a plan.",
        "She met the Ministry of Finance, IMF, and World Bank staff.",
    ],
)
def test_a_list_between_commas_binds_no_acronym(text: str) -> None:
    assert long_forms(text) == {}


def test_an_acronym_may_take_letters_from_inside_the_words() -> None:
    text = "The Arctic Command (ARCOM) said its ships had left port."
    assert long_forms(text) == {"ARCOM": "Arctic Command"}


def test_a_long_acronym_between_commas_stays_in_capitals() -> None:
    text = "The Sahel Command, SAHELCOM, said it struck twice. SAHELCOM gave no toll."
    assert normalise_for_nlp(text) == text


def test_a_name_in_another_language_known_by_is_the_body_s(gazetteer: Gazetteer) -> None:
    text = (
        "The Danish Grid Supervisory Authority, known by its Danish name Forsyningstilsynet,"
        " fined the company. Forsyningstilsynet said the fine was final."
    )
    names = [
        ("Danish Grid Supervisory Authority", "ORG"),
        ("Forsyningstilsynet", "GPE"),
        ("Forsyningstilsynet", "GPE"),
    ]
    entity = entity_of(text, names, "Forsyningstilsynet", gazetteer)
    assert "Danish Grid Supervisory Authority" in entity.forms
