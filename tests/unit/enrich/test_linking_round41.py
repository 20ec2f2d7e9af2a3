"""Round 41's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.known import known_organisations
from newsflow_enrich.domain.names import name_key
from tests.unit.enrich.linking_helpers import (
    entity_of,
    linked,
    mentioned,
    one_entity,
    typed,
    types_of,
)


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Burkina Faso, known until 1984 as Upper Volta, has been fighting for a decade.",
            ("Burkina Faso", "Upper Volta"),
        ),
        (
            "Glaciers in the Tien Shan, also spelled Tian Shan, have lost a quarter of their area.",
            ("Tien Shan", "Tian Shan"),
        ),
        (
            "Masks came from Malakula, also spelt Malekula, and from Ambrym.",
            ("Malakula", "Malekula"),
        ),
    ],
    ids=["known until a year as", "also spelled", "also spelt"],
)
def test_a_name_known_until_a_year_or_spelled_another_way_takes_that_name(
    text: str, forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    labels = dict.fromkeys(forms, "GPE") | {"Ambrym": "GPE"}
    assert one_entity(text, labels, forms, gazetteer)


def test_a_name_a_country_calls_by_another_takes_it(gazetteer: Gazetteer) -> None:
    text = (
        "The shoal lies 35 kilometres from Mischief Reef, which the Philippines calls "
        "Panganiban Reef, where China has built an island."
    )
    labels = {"Mischief Reef": "LOC", "Panganiban Reef": "LOC", "Philippines": "GPE"}
    labels |= {"China": "GPE"}
    assert one_entity(text, labels, ("Mischief Reef", "Panganiban Reef"), gazetteer)


def test_a_place_after_a_preposition_takes_its_former_name(gazetteer: Gazetteer) -> None:
    text = "The ammonia goes to a urea plant near Deendayal Port, formerly Kandla, in Gujarat."
    labels = {"Deendayal Port": "FAC", "Kandla": "GPE", "Gujarat": "GPE"}
    assert one_entity(text, labels, ("Deendayal Port", "Kandla"), gazetteer)


def test_a_mission_in_a_country_known_by_capitals_leaves_the_country_alone(
    gazetteer: Gazetteer,
) -> None:
    text = "Troops of the mission in Congo, known as MONUSCO, left Goma. Congo said so."
    labels = {"Congo": "GPE", "MONUSCO": "ORG", "Goma": "GPE"}
    assert not one_entity(text, labels, ("Congo", "MONUSCO"), gazetteer)


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The mayors sent a letter asking Washington to speed up the money.", "Washington"),
        ("The commission said it had written to Abuja about the inspectors.", "Abuja"),
        ("Tokyo has kept fishing agreements with Moscow in place.", "Moscow"),
        ("The field depends on sanctions licences from Washington.", "Washington"),
        ("The new team is funded largely by Canberra.", "Canberra"),
        ("Chinese firms have bought stakes. In 2022, Ottawa ordered three to sell.", "Ottawa"),
    ],
    ids=[
        "asking it to",
        "written to",
        "agreements with",
        "licences from",
        "an adverb before by",
        "after an opening phrase",
    ],
)
def test_a_capital_asked_written_to_or_acting_after_an_opening_phrase_is_its_government(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    labels = {capital: "GPE", "Tokyo": "GPE"} if "Tokyo" in text else {capital: "GPE"}
    assert types_of(text, labels, gazetteer)[capital] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "The firm moved its office to Abuja, and a letter came from Lagos.",
        "Prices rose. In 2022, Ottawa ordered a review, and rents in Ottawa fell.",
    ],
    ids=["moved to", "put something in"],
)
def test_a_capital_moved_to_or_that_has_something_in_it_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    capital = "Abuja" if "Abuja" in text else "Ottawa"
    labels = {capital: "GPE", "Lagos": "GPE"} if "Lagos" in text else {capital: "GPE"}
    assert types_of(text, labels, gazetteer)[capital] == "PLACE"


@pytest.mark.parametrize(
    ("text", "names", "language"),
    [
        (
            "The museum, known in Bislama as the Kaljoral Senta, reopened in Port Vila.",
            [("Bislama", "GPE"), ("Port Vila", "GPE")],
            "Bislama",
        ),
        (
            "The stable takes its name from Ndakaru, the Wolof name for Dakar.",
            [("Ndakaru", "GPE"), ("Wolof", "GPE"), ("Dakar", "GPE")],
            "Wolof",
        ),
        (
            "Apu, the Quechua word for lord, is carved above the door.",
            [("Quechua", "LOC")],
            "Quechua",
        ),
    ],
    ids=["known in", "the name for", "the word for"],
)
def test_a_name_known_in_or_giving_the_name_for_something_is_a_language(
    text: str, names: list[tuple[str, str]], language: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, names, gazetteer)[language] not in ("PLACE", "ORG", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ministry, known in Jamaica as the MOHW, said so.", "Jamaica"),
        ("The Kigali name for the scheme is Ubudehe.", "Kigali"),
        ("The dish, known in Catalonia as the coca, is sold at every market.", "Catalonia"),
        ("The festival, known in Bavaria as the Wiesn, opened on Saturday.", "Bavaria"),
    ],
    ids=["known in a place", "a place before name for", "known in a region", "in another"],
)
def test_a_place_known_in_or_before_name_for_stays_a_place(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, [(name, "GPE")], gazetteer)[name] == "PLACE"


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Attacks by Jama'at Nusrat al-Islam wal-Muslimin (JNIM) rose. JNIM denied it.",
            {"Jama'at Nusrat al-Islam": "PERSON", "JNIM": "ORG"},
            ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
        ),
        (
            "Harakat al-Shabaab al-Mujahideen (HSM) took the town. HSM said so.",
            {"Harakat al-Shabaab": "ORG", "HSM": "ORG"},
            ("Harakat al-Shabaab al-Mujahideen", "HSM"),
        ),
    ],
    ids=["wal- and al-, cut as a person", "al-, cut before its last word"],
)
def test_an_acronym_leaves_out_the_arabic_article_of_its_long_form(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[forms[0]] is entities[forms[1]]
    assert entities[forms[1]].type == "ORG"


def test_a_shoal_named_alone_is_the_shoal(gazetteer: Gazetteer) -> None:
    text = (
        "Coast guard vessels reached Ayungin Shoal at dawn. "
        '"They are trying to starve our marines out of Ayungin," the captain said.'
    )
    labels = {"Ayungin Shoal": "LOC", "Ayungin": "GPE"}
    assert one_entity(text, labels, ("Ayungin Shoal", "Ayungin"), gazetteer)


def test_a_town_named_like_its_island_stays_the_town(gazetteer: Gazetteer) -> None:
    text = "Fighting spread across Ramree Island. In Ramree, the market was shut."
    labels = {"Ramree Island": "LOC", "Ramree": "GPE"}
    assert not one_entity(text, labels, ("Ramree Island", "Ramree"), gazetteer)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Islamic State West Africa Province", "GPE"),
        ("Islamic State Sahel Province", "LOC"),
        ("al-Shabaab", "PERSON"),
        ("Boko Haram", "PERSON"),
    ],
)
def test_an_armed_group_on_the_sanctions_lists_is_an_organisation_whatever_the_model_said(
    name: str, label: str, gazetteer: Gazetteer
) -> None:
    text = f"Fighters of {name} attacked an army base on Tuesday, officials said."
    assert entity_of(text, [(name, label)], name, gazetteer).type == "ORG"


@pytest.mark.parametrize("word", ["Houthi", "M23", "Sahel"])
def test_a_surname_or_a_short_name_of_other_things_stays_off_the_list(word: str) -> None:
    assert name_key(word) not in known_organisations()
