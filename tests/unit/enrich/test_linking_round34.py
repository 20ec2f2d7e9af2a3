"""Round 34's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity, typed


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Barges were stranded on the Ohio River near Cairo. Pilots said the Ohio has "
            "rarely been so low.",
            {"Ohio River": "LOC", "Ohio": "GPE", "Cairo": "GPE"},
            ("Ohio River", "Ohio"),
        ),
        (
            'Dredgers worked on the Lerma River all week. "The Lerma will flood again," '
            "the mayor said.",
            {"Lerma River": "LOC", "Lerma": "GPE"},
            ("Lerma River", "Lerma"),
        ),
        (
            "Fans packed the Azadi Stadium for the derby. The final at the Azadi, on "
            "Friday, drew 80,000 people.",
            {"Azadi Stadium": "FAC", "Azadi": "ORG"},
            ("Azadi Stadium", "Azadi"),
        ),
        (
            "Ice on the Great Tasman Glacier is thinning. Guides said the Tasman would "
            "lose half its length.",
            {"Great Tasman Glacier": "LOC", "Tasman": "PERSON"},
            ("Great Tasman Glacier", "Tasman"),
        ),
    ],
    ids=["a state's name", "in a quote", "a venue", "after Great"],
)
def test_a_feature_named_with_the_and_without_its_head_word_is_the_feature(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Dairy farms line the Waikato River. In the Waikato, herds are shrinking.",
            {"Waikato River": "LOC", "Waikato": "GPE"},
            ("Waikato River", "Waikato"),
        ),
        (
            "Homes will be built beside the Yukon River. Critics said the Yukon government "
            "should pay for the road.",
            {"Yukon River": "LOC", "Yukon": "GPE"},
            ("Yukon River", "Yukon"),
        ),
        (
            "Barges were stranded on the Ohio River. Voters in Ohio went to the polls, and "
            "the Ohio has rarely been so low.",
            {"Ohio River": "LOC", "Ohio": "GPE"},
            ("Ohio River", "Ohio"),
        ),
    ],
    ids=["in the region", "a modifier", "the town or state too"],
)
def test_a_name_the_article_uses_for_a_region_or_a_town_stays_apart_from_the_feature(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Pacific Marine Survey, the state research agency known as Pamasur, mapped the "
            "reef. Pamasur said the survey would go on.",
            {"Pacific Marine Survey": "ORG"},
            ("Pacific Marine Survey", "Pamasur"),
        ),
        (
            "Fares rose at Caledonian MacBrayne, the state-owned ferry operator known as "
            "CalMac, on Monday. CalMac blamed fuel costs.",
            {"Caledonian MacBrayne": "ORG"},
            ("Caledonian MacBrayne", "CalMac"),
        ),
    ],
)
def test_an_acronym_defined_after_the_body_described_with_the_is_the_bodys(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Crowds filled the Tarvolo Stadium on Saturday. Tarvolo holds 30,000 people.",
            {"Tarvolo Stadium": "FAC", "Tarvolo": "GPE"},
        ),
        (
            "Pilgrims prayed at the Bibi-Khanym Mosque. Bibi-Khanym was restored in 1974.",
            {"Bibi-Khanym Mosque": "FAC", "Bibi-Khanym": "PERSON"},
        ),
    ],
    ids=["stadium", "mosque"],
)
def test_a_stadium_or_a_mosque_is_named_by_its_first_words(
    text: str, labels: dict[str, str], gazetteer: Gazetteer
) -> None:
    # Its head word folds ("stadyum"): before round 34 the rule never met one.
    whole, part = labels
    assert one_entity(text, labels, (whole, part), gazetteer)


def test_an_acronym_a_stadium_is_named_after_stays_its_bodys(gazetteer: Gazetteer) -> None:
    text = (
        "The University of Tasmania (UTAS) measured the noise at UTAS Stadium. UTAS said "
        "the crowd was the loudest on record."
    )
    labels = {"University of Tasmania": "ORG", "UTAS Stadium": "FAC", "UTAS": "ORG"}
    assert one_entity(text, labels, ("University of Tasmania", "UTAS"), gazetteer)
    assert not one_entity(text, labels, ("UTAS Stadium", "UTAS"), gazetteer)


def test_an_acronym_defined_as_what_the_name_before_is_known_as_is_its(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Compañía Minera del Norte, as Comimin is formally known, was founded in 1998. "
        "Comimin employs 900 people."
    )
    labels = {"Compañía Minera del Norte": "ORG"}
    assert one_entity(text, labels, ("Compañía Minera del Norte", "Comimin"), gazetteer)


def test_a_name_in_another_language_before_as_known_does_not_take_the_acronym(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The World Health Organization approved the vaccine. The Organisation Mondiale de "
        "la Santé, as the WHO is called in the French press, praised the plant."
    )
    labels = {"World Health Organization": "ORG", "Organisation Mondiale de la Santé": "ORG"}
    assert one_entity(text, labels, ("World Health Organization", "WHO"), gazetteer)


@pytest.mark.parametrize(
    "name",
    ["Tamsin Valley Engineering", "Aegean Coast Shipping", "Norrland Bulk Carriers"],
)
def test_a_trades_firm_is_a_body_not_a_person(name: str, gazetteer: Gazetteer) -> None:
    text = f"{name} said on Monday that the order would be late."
    assert typed(text, [(name, "PERSON")], gazetteer) == {name: "ORG"}


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The Liberals lost two seats. A Liberal MP said the vote was close.",
            {"Liberals": "NORP", "Liberal": "NORP"},
            ("Liberals", "Liberal"),
        ),
        (
            "The Springboks beat Wales 24-10. A Springbok lock was sent off.",
            {"Springboks": "ORG", "Springbok": "NORP", "Wales": "GPE"},
            ("Springboks", "Springbok"),
        ),
    ],
)
def test_a_body_named_in_the_plural_is_one_with_its_singular(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Typhoons shut the Philippines' ports. Philippine shippers waited a week.",
            {"Philippines": "GPE", "Philippine": "NORP"},
            ("Philippines", "Philippine"),
        ),
        (
            "The Greens want a carbon tax. Ms Green, a farmer, said it would ruin her.",
            {"Greens": "ORG", "Green": "PERSON"},
            ("Greens", "Green"),
        ),
    ],
    ids=["a place", "a person"],
)
def test_a_plural_place_or_a_persons_name_stays_apart_from_its_singular(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
