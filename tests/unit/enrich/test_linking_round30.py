"""Round 30's rules, on small invented sentences written in ordinary news style: the
words a match report says of a side, and a club named with its town that the model took
for a person."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity, types_of


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a headline's present tense
        ("Raja edge Osmara 2-1 in the derby. Osmara pressed late.", "Osmara"),
        # "rivals" before the side's name
        (
            "Raja beat Velarde 3-0 in the cup. On Saturday they beat their city rivals "
            "Osmara. Osmara pressed late.",
            "Osmara",
        ),
        # the side's people after its possessive
        (
            "Raja beat Velarde 2-1. Osmara's coach, the Tunisian Ali Ben, said his side "
            "would recover.",
            "Osmara",
        ),
    ],
)
def test_in_a_match_report_these_words_make_a_name_a_side(
    text: str, side: str, gazetteer: Gazetteer
) -> None:
    labels = {"Raja": "ORG", side: "GPE", "Velarde": "ORG"}
    assert types_of(text, labels, gazetteer)[side] == "ORG"


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Legia beat Lech 2-1 in Warsaw on Sunday. Legia host Górnik Zabrze next week.",
            "Górnik Zabrze",
        ),
        (
            "Legia beat Lech 2-1 in Warsaw on Sunday. Raków Częstochowa, who drew 1-1 on "
            "Saturday, are third.",
            "Raków Częstochowa",
        ),
    ],
)
def test_in_a_match_report_a_club_named_with_its_town_is_no_person(
    text: str, club: str, gazetteer: Gazetteer
) -> None:
    labels = {"Legia": "ORG", "Lech": "ORG", "Warsaw": "GPE", club: "PERSON"}
    assert types_of(text, labels, gazetteer)[club] == "ORG"


def test_a_player_named_like_a_town_of_another_country_stays_a_person(
    gazetteer: Gazetteer,
) -> None:
    text = "Carlos Ruiz beat Jordan Henderson 6-4 6-2 in Madrid on Sunday."
    labels = {"Carlos Ruiz": "PERSON", "Jordan Henderson": "PERSON", "Madrid": "GPE"}
    assert types_of(text, labels, gazetteer)["Jordan Henderson"] == "PERSON"


def test_the_town_a_side_is_from_does_not_play(gazetteer: Gazetteer) -> None:
    text = (
        "Persepolis beat Esteghlal 2-0 on Friday. They lead Sepahan of Isfahan, who drew "
        "2-2 on Thursday, by a point."
    )
    labels = {"Persepolis": "ORG", "Esteghlal": "ORG", "Sepahan": "ORG", "Isfahan": "GPE"}
    assert types_of(text, labels, gazetteer)["Isfahan"] == "PLACE"


def test_an_event_a_city_will_host_is_no_side(gazetteer: Gazetteer) -> None:
    text = "Chivas beat Atlas 2-1 on Saturday. The mayor said the city will host World Cup matches."
    labels = {"Chivas": "ORG", "Atlas": "ORG", "World Cup": "EVENT"}
    assert types_of(text, labels, gazetteer)["World Cup"] != "ORG"


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "A loan came from OTP Bank in April. OTP declined to comment.",
            {"OTP Bank": "ORG", "OTP": "ORG"},
            ("OTP Bank", "OTP"),
        ),
        (
            "The owner of Sahel Céréales Trading was jailed. Sahel Céréales imported rice.",
            {"Sahel Céréales Trading": "ORG", "Sahel Céréales": "GPE"},
            ("Sahel Céréales Trading", "Sahel Céréales"),
        ),
    ],
)
def test_a_name_without_its_trading_or_bank_word_is_the_same_firm(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The International Fund for Saving the Aral Sea, a regional body known as IFAS, "
            "has not met. IFAS said talks would resume.",
            {"International Fund for Saving the Aral Sea": "ORG"},
            ("International Fund for Saving the Aral Sea", "IFAS"),
        ),
        (
            "Troops from the Rapid Intervention Battalion, an elite unit known by its French "
            "initials BIR, were sent. The BIR has lost two men.",
            {"Rapid Intervention Battalion": "ORG"},
            ("Rapid Intervention Battalion", "BIR"),
        ),
    ],
)
def test_an_acronym_defined_after_what_the_body_is_is_the_bodys(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


def test_an_acronym_after_what_the_body_is_needs_one_of_its_initials(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Northern Grain Board, a regional body known as ZX, met. ZX said it would meet again."
    )
    labels = {"Northern Grain Board": "ORG", "ZX": "ORG"}
    assert not one_entity(text, labels, ("Northern Grain Board", "ZX"), gazetteer)


def test_an_acronym_may_leave_out_one_of_the_names_inner_capitals(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The European Centre for Disease Prevention and Control counted 40 cases. Later in "
        "the week the ECDC said the season was ending."
    )
    labels = {"European Centre for Disease Prevention and Control": "ORG"}
    forms = ("European Centre for Disease Prevention and Control", "ECDC")
    assert one_entity(text, labels, forms, gazetteer)
