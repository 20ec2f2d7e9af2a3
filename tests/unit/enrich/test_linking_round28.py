"""Round 28's rules, on small invented sentences written in ordinary news style: a name
listed with a party, or whose elected members are named, is a party."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import long_forms, typed, types_of


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The budget passed with 21 votes against from the Popular Party, Lliure and Vox.",
            "Lliure",
        ),
        ("He was elected with the backing of Hlas and the Slovak National Party.", "Hlas"),
        ("The Prosperous Justice Party and Nasdem nominated him for governor.", "Nasdem"),
        ("The Tisza party, the Democratic Coalition and Mi Hazánk voted against.", "Mi Hazánk"),
    ],
)
def test_a_name_listed_with_a_party_is_a_party(text: str, party: str, gazetteer: Gazetteer) -> None:
    labels = {
        party: "GPE",
        "Popular Party": "ORG",
        "Slovak National Party": "ORG",
        "Prosperous Justice Party": "ORG",
        "Democratic Coalition": "ORG",
        "Tisza": "ORG",
    }
    assert types_of(text, labels, gazetteer)[party] == "ORG"


def test_a_place_listed_with_a_party_where_the_text_puts_something_stays_a_place(
    gazetteer: Gazetteer,
) -> None:
    text = "The Labour Party and Oldbury both hosted rallies; a rally was held in Oldbury."
    labels = {"Labour Party": "ORG", "Oldbury": "GPE"}
    assert types_of(text, labels, gazetteer)["Oldbury"] == "PLACE"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The three members of Razem walked out of the chamber.", "Razem"),
        ("Deputies of Hlas voted with the government.", "Hlas"),
        ("Councillors from Tisza said the tax would close schools.", "Tisza"),
    ],
)
def test_a_name_whose_elected_members_are_named_is_a_party(
    text: str, party: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {party: "GPE"}, gazetteer)[party] == "ORG"


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        (
            'The High Commission in Colombo said New Delhi "has consistently supported" it.',
            "New Delhi",
        ),
        ("Vilnius, which has almost finished its own section, is far ahead.", "Vilnius"),
        ("Nairobi placed the county under national administration last year.", "Nairobi"),
        ("The city is counting on Ottawa to pay 40 per cent of the cost.", "Ottawa"),
        ("Jakarta, which hosts the talks, said on Wednesday it was ready.", "Jakarta"),
    ],
)
def test_more_of_what_only_a_government_does_or_is_counted_on_for(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    labels = {capital: "GPE", "Colombo": "GPE"}
    assert types_of(text, labels, gazetteer)[capital] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, which hosts the talks, is hot and crowded in July.",
        "Tourists flock to Vilnius, which has almost no traffic in August.",
    ],
)
def test_a_capital_with_a_clause_that_says_nothing_it_did_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    capital = "Jakarta" if "Jakarta" in text else "Vilnius"
    assert types_of(text, {capital: "GPE"}, gazetteer)[capital] == "PLACE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The shares trade on Euronext Paris, where they rose 2 per cent.", "Euronext Paris"),
        ("Its stock is listed on Nasdaq Stockholm.", "Nasdaq Stockholm"),
    ],
)
def test_a_known_organisation_named_with_the_place_it_serves_is_the_organisation(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {name: "GPE"}, gazetteer)[name] == "ORG"


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        (
            "The motion was tabled by Unidos para el Cambio (UPC), the largest party.",
            "UPC",
            "Unidos para el Cambio",
        ),
        (
            "The Agenzia Nazionale per la Sicurezza e la Vigilanza (ANSV) opened a case.",
            "ANSV",
            "Agenzia Nazionale per la Sicurezza e la Vigilanza",
        ),
        (
            "Players of the Pambansang Samahan ng Volleyball (PSV) were paid late.",
            "PSV",
            "Pambansang Samahan ng Volleyball",
        ),
    ],
)
def test_spanish_italian_and_filipino_small_words_are_inside_a_long_form(
    text: str, acronym: str, long_form: str
) -> None:
    assert long_forms(text)[acronym] == long_form


def test_a_long_form_the_model_called_a_place_that_no_gazetteer_place_has_is_a_body(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Autoridade Nacional de Aviação Civil (ANAC) grounded the fleet. ANAC said "
        "checks would take a week."
    )
    names = [("Autoridade Nacional de Aviação Civil", "GPE")]  # the acronym untagged
    assert typed(text, names, gazetteer)["Autoridade Nacional de Aviação Civil"] == "ORG"


def test_a_long_form_that_is_a_place_stays_a_place(gazetteer: Gazetteer) -> None:
    text = (
        "Traders in the United Arab Emirates (UAE) bought more gold. The UAE imported "
        "more than any other country."
    )
    names = [("United Arab Emirates", "GPE")]
    assert typed(text, names, gazetteer)["United Arab Emirates"] == "PLACE"


def test_in_a_match_report_a_name_no_place_has_that_plays_is_a_side(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Deportivo Norte beat Velarde 2-1 on Sunday night. Velarde had led through a "
        "penalty. Velarde dropped to fifth. Velarde's coach said little."
    )
    labels = {"Velarde": "GPE", "Deportivo Norte": "ORG"}
    assert types_of(text, labels, gazetteer)["Velarde"] == "ORG"


def test_in_a_match_report_a_people_that_plays_stays_a_people(gazetteer: Gazetteer) -> None:
    text = "Deportivo Norte beat Velarde 2-1. The Danish side play Velarde next week."
    labels = {"Danish": "NORP", "Deportivo Norte": "ORG", "Velarde": "ORG"}
    assert "Danish" not in {
        form for form, kind in types_of(text, labels, gazetteer).items() if kind == "ORG"
    }


def test_an_owner_after_a_comma_is_no_item_of_a_list_of_places(gazetteer: Gazetteer) -> None:
    text = (
        "Deportivo Norte beat Velarde 2-1. The fans met at the Estadio Sur, Velarde's "
        "ground. Velarde dropped to fifth."
    )
    labels = {"Velarde": "GPE", "Deportivo Norte": "ORG", "Estadio Sur": "FAC"}
    assert types_of(text, labels, gazetteer)["Velarde"] == "ORG"
