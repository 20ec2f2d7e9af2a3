"""Round 39's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import entity_of, long_forms


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        (
            "The Court for the Repression of Economic Offences and Terrorism, known by its "
            "French initials as CRIET, jailed him.",
            "CRIET",
            "Court for the Repression of Economic Offences and Terrorism",
        ),
        (
            "The Institute of National Historic and Artistic Heritage, known as Iphan, "
            "banned loudspeakers.",
            "Iphan",
            "Institute of National Historic and Artistic Heritage",
        ),
    ],
    ids=["after of", "after a capitalised word"],
)
def test_a_name_known_by_another_is_not_cut_inside_itself(
    text: str, acronym: str, long_form: str
) -> None:
    assert long_forms(text)[acronym] == long_form


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        (
            "Kenya's Energy Bank and the Export-Import Bank of Korea, known as KEXIM, signed.",
            "KEXIM",
            "Export-Import Bank of Korea",
        ),
        (
            "Researchers from Indonesia's National Research and Innovation Agency, known as "
            "BRIN, took part.",
            "BRIN",
            "National Research and Innovation Agency",
        ),
        (
            "But the Colombian Cycling Federation, known as Fedeciclismo, has no sponsor.",
            "Fedeciclismo",
            "Colombian Cycling Federation",
        ),
        (
            "The sale falls under the Investment Canada Act. Fisheries and Oceans Canada, "
            "known as DFO, has no role.",
            "DFO",
            "Fisheries and Oceans Canada",
        ),
        (
            "Prosecutors from the Public Prosecutor's Office for Economic Crimes and "
            "Corruption, known by its German initials WKStA, spoke.",
            "WKStA",
            "Public Prosecutor's Office for Economic Crimes and Corruption",
        ),
    ],
    ids=["after and the", "after its owner", "after But the", "after a full stop", "possessive"],
)
def test_a_name_known_by_another_starts_where_a_list_owner_or_sentence_ends(
    text: str, acronym: str, long_form: str
) -> None:
    assert long_forms(text)[acronym] == long_form


def test_known_as_the_first_word_of_a_short_name_defines_no_acronym() -> None:
    text = "Staff at the Peter Doherty Institute, known as the Doherty Institute, agreed."
    assert "Doherty" not in long_forms(text)


def test_a_body_before_its_town_is_known_by_the_name_after_them(gazetteer: Gazetteer) -> None:
    text = (
        "Samples went to the Peter Doherty Institute for Infection and Immunity in Melbourne, "
        "known as the Doherty Institute, on Monday. The Doherty Institute said it had them."
    )
    names = [
        ("Peter Doherty Institute for Infection and Immunity", "ORG"),
        ("Melbourne", "GPE"),
        ("Doherty Institute", "ORG"),
        ("Doherty Institute", "ORG"),
    ]
    body = entity_of(text, names, "Doherty Institute", gazetteer)
    assert "Peter Doherty Institute for Infection and Immunity" in body.forms
    assert "Melbourne" not in body.forms


def test_a_body_known_as_the_other_name_takes_it(gazetteer: Gazetteer) -> None:
    text = (
        "The bill goes to the Constitutional Chamber of the Supreme Court, known as the "
        "Sala IV, for review. The Sala IV has a month."
    )
    names = [
        ("Constitutional Chamber of the Supreme Court", "ORG"),
        ("Sala IV", "ORG"),
        ("Sala IV", "ORG"),
    ]
    chamber = entity_of(text, names, "Sala IV", gazetteer)
    assert "Constitutional Chamber of the Supreme Court" in chamber.forms
