"""Round 38's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import (
    enrich,
    found_mentions,
    holding,
    one_entity,
    typed,
    types_of,
)

_MATCH = "Sparta beat Slavia 2-1 on Sunday. "


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (_MATCH + "Slavia led through Chinedu Okonkwo, a Nigeria international.", "Nigeria"),
        (_MATCH + "Kollár, who has played 31 times for Slovakia, limped off.", "Slovakia"),
    ],
    ids=["an international", "times for"],
)
def test_in_a_match_report_a_countrys_player_names_its_side(
    text: str, country: str, gazetteer: Gazetteer
) -> None:
    labels = {"Sparta": "ORG", "Slavia": "ORG", country: "GPE"}
    assert types_of(text, labels, gazetteer)[country] == "ORG"


def test_outside_a_match_report_a_countrys_international_stays_a_place(
    gazetteer: Gazetteer,
) -> None:
    text = "Flights to Nigeria international airports resumed on Monday."
    assert types_of(text, {"Nigeria": "GPE"}, gazetteer)["Nigeria"] == "PLACE"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Voters in the Solomon Islands went to the polls on Monday.", "Solomon Islands", "SB"),
        ("Cyclone Lola reached the Marshall Islands on Friday.", "Marshall Islands", "MH"),
    ],
    ids=["Solomon Islands", "Marshall Islands"],
)
def test_a_country_named_as_islands_are_has_its_record(
    text: str, name: str, code: str, enricher: Enricher
) -> None:
    found = holding(enrich(enricher, text), name)
    assert (found.type, found.place and found.place.country_code) == ("PLACE", code)


@pytest.mark.parametrize("country", ["Czech Republic", "Solomon Islands"])
def test_a_country_named_with_a_places_word_is_a_side_when_it_plays(
    country: str, gazetteer: Gazetteer
) -> None:
    text = _MATCH + f"Hrubý is expected to be called up by the {country} next month."
    labels = {"Sparta": "ORG", "Slavia": "ORG", country: "GPE"}
    assert types_of(text, labels, gazetteer)[country] == "ORG"


def test_a_country_named_with_a_places_word_stays_a_place_where_things_are(
    gazetteer: Gazetteer,
) -> None:
    text = _MATCH + "Hrubý was born in the Czech Republic and is expected to be called up by it."
    labels = {"Sparta": "ORG", "Slavia": "ORG", "Czech Republic": "GPE"}
    assert types_of(text, labels, gazetteer)["Czech Republic"] == "PLACE"


def test_a_capital_something_is_in_stays_a_place_whatever_its_clause_did(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The first tenant will be Marjan Capital, an investment firm based in Abu Dhabi, "
        "which has proposed a hotel and a marina."
    )
    labels = {"Marjan Capital": "ORG", "Abu Dhabi": "GPE"}
    assert types_of(text, labels, gazetteer)["Abu Dhabi"] == "PLACE"


def test_a_capital_that_acts_in_its_own_clause_is_still_its_government(
    gazetteer: Gazetteer,
) -> None:
    text = "Abu Dhabi, which has proposed a hotel, did not comment."
    assert types_of(text, {"Abu Dhabi": "GPE"}, gazetteer)["Abu Dhabi"] == "ORG"


def test_a_capital_doing_what_only_a_government_does_in_its_clause_is_its_government(
    gazetteer: Gazetteer,
) -> None:
    text = "Brussels, which is negotiating Albania's entry, is likely to study the vote."
    labels = {"Brussels": "GPE", "Albania": "GPE"}
    assert types_of(text, labels, gazetteer)["Brussels"] == "ORG"


def test_a_capital_being_something_in_its_clause_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Brussels, which is hosting the summit, was quiet on Monday."
    assert types_of(text, {"Brussels": "GPE"}, gazetteer)["Brussels"] == "PLACE"


def test_a_capital_in_an_agreement_between_two_parties_is_its_government(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The region was created under a peace agreement between Manila and the Moro "
        "Islamic Liberation Front."
    )
    labels = {"Manila": "GPE", "Moro Islamic Liberation Front": "ORG"}
    assert types_of(text, labels, gazetteer)["Manila"] == "ORG"


def test_a_road_between_two_capitals_runs_between_places(gazetteer: Gazetteer) -> None:
    text = "The road between Manila and Quezon City was closed."
    labels = {"Manila": "GPE", "Quezon City": "GPE"}
    assert types_of(text, labels, gazetteer)["Manila"] == "PLACE"


def test_a_name_no_gazetteer_knows_alone_is_the_peninsula_named_for_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Monk seals breed on the Karaburun Peninsula. Fishing off Karaburun has been "
        "banned since March."
    )
    labels = {"Karaburun Peninsula": "LOC", "Karaburun": "GPE"}
    assert one_entity(text, labels, ("Karaburun Peninsula", "Karaburun"), gazetteer)


def test_a_known_town_is_not_the_peninsula_named_for_it(gazetteer: Gazetteer) -> None:
    text = "The earthquake struck the Noto Peninsula. In Noto, the baroque churches held."
    labels = {"Noto Peninsula": "LOC", "Noto": "GPE"}
    assert not one_entity(text, labels, ("Noto Peninsula", "Noto"), gazetteer)


@pytest.mark.parametrize(
    ("firm", "town"),
    [
        ("Meridian Apparel Group", "Hong Kong"),
        ("Appalachian Resource Partners", "Bristol"),
        ("PSA International", "Singapore"),
    ],
)
def test_a_firm_tagged_with_its_town_is_the_firm_and_the_town(
    firm: str, town: str, gazetteer: Gazetteer
) -> None:
    text = f"The factory is being sold by {firm} of {town}, which wants to cut costs."
    assert typed(text, [(f"{firm} of {town}", "ORG")], gazetteer) == {firm: "ORG", town: "PLACE"}


@pytest.mark.parametrize(
    "name",
    ["Export-Import Bank of China", "Shipping Corporation of India", "Group of Seven"],
)
def test_a_body_or_a_bank_named_with_its_country_is_one_name(
    name: str, gazetteer: Gazetteer
) -> None:
    text = f"The loan came from the {name}, officials said."
    assert typed(text, [(name, "ORG")], gazetteer) == {name: "ORG"}


@pytest.mark.parametrize("opener", ["Both", "When", "Neither", "After", "Since", "Until"])
def test_a_word_that_opens_a_sentence_is_no_part_of_the_name_after_it(
    opener: str, gazetteer: Gazetteer
) -> None:
    text = f"{opener} Henríquez and Urrutia left, the squad was named."
    names = [(f"{opener} Henríquez", "PERSON"), ("Urrutia", "PERSON")]
    assert found_mentions(text, names, gazetteer) == {"Henríquez", "Urrutia"}


def test_a_village_named_with_such_a_word_keeps_it(gazetteer: Gazetteer) -> None:
    text = "Walkers left Once Brewed at dawn."
    assert found_mentions(text, [("Once Brewed", "GPE")], gazetteer) == {"Once Brewed"}


def test_a_given_name_before_a_surname_the_model_calls_a_person_is_that_person(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Eels fought back through tries to Isaiah Faleolo. When Faleolo scored again, "
        "the stadium rocked."
    )
    labels = {"Isaiah Faleolo": "GPE", "Faleolo": "PERSON"}
    assert one_entity(text, labels, ("Isaiah Faleolo", "Faleolo"), gazetteer)
    assert types_of(text, labels, gazetteer)["Isaiah Faleolo"] == "PERSON"


def test_a_name_written_with_the_is_no_persons_whatever_its_last_word(
    gazetteer: Gazetteer,
) -> None:
    text = "Boats sailed up the Sungai Nipah at dawn. Nipah told reporters the water was rising."
    labels = {"Sungai Nipah": "GPE", "Nipah": "PERSON"}
    assert types_of(text, labels, gazetteer)["Sungai Nipah"] == "PLACE"


def test_a_side_that_plays_under_its_name_without_its_town_is_the_club(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Sparta Prague came from behind to win the derby. Sparta beat Slavia 2-1 and "
        "moved to within two points of the top."
    )
    labels = {"Sparta Prague": "ORG", "Sparta": "GPE", "Slavia": "ORG"}
    assert one_entity(text, labels, ("Sparta Prague", "Sparta"), gazetteer)


def test_a_river_written_with_the_is_not_the_name_with_a_town_after_it(
    gazetteer: Gazetteer,
) -> None:
    text = "The law protects the Danube Delta. The delta lies where the Danube meets the Black Sea."
    labels = {"Danube Delta": "LOC", "Danube": "LOC", "Black Sea": "LOC"}
    assert not one_entity(text, labels, ("Danube Delta", "Danube"), gazetteer)


def test_a_known_bodys_name_takes_no_capitalised_words_after_it(gazetteer: Gazetteer) -> None:
    text = "The old town has been a UNESCO World Heritage site since 1997."
    assert found_mentions(text, [("UNESCO", "ORG")], gazetteer) == {"UNESCO"}


def test_an_unknown_firms_name_still_takes_its_head_words(gazetteer: Gazetteer) -> None:
    text = "Shares in Tianheng New Energy rose on Monday."
    assert found_mentions(text, [("Tianheng", "ORG")], gazetteer) == {"Tianheng New Energy"}


@pytest.mark.parametrize("street", ["Avenida 9 de Julio", "Plaza 25 de Mayo", "Rua 7 de Setembro"])
def test_a_street_named_for_a_date_keeps_its_number(street: str, gazetteer: Gazetteer) -> None:
    text = f"Thousands marched along {street} on Sunday."
    assert found_mentions(text, [(street, "FAC")], gazetteer) == {street}


def test_a_number_after_a_street_word_that_names_no_date_still_ends_the_name(
    gazetteer: Gazetteer,
) -> None:
    text = "The Avenida 12 buses were cancelled on Sunday."
    assert found_mentions(text, [("Avenida 12", "FAC")], gazetteer) == {"Avenida"}


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The ministry said it was negotiating with Islamabad on a deal.", "Islamabad"),
        ("La Paz has also lodged a fresh complaint with Lima.", "Lima"),
        ("Wellington is likely to watch the case closely.", "Wellington"),
    ],
    ids=["negotiating with", "a complaint with", "is likely to"],
)
def test_a_capital_that_negotiates_or_is_likely_to_act_is_its_government(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    labels = {capital: "GPE", "La Paz": "GPE"} if "La Paz" in text else {capital: "GPE"}
    assert types_of(text, labels, gazetteer)[capital] == "ORG"


def test_a_capital_flown_to_stays_a_place(
    gazetteer: Gazetteer,
) -> None:
    text = "Flights to Wellington were cancelled because of the storm."
    assert types_of(text, {"Wellington": "GPE"}, gazetteer)["Wellington"] == "PLACE"


@pytest.mark.parametrize("people", ["New Zealanders", "Sierra Leoneans"])
def test_the_plural_of_a_two_word_nationality_names_a_people(
    people: str, gazetteer: Gazetteer
) -> None:
    text = f"Thousands of {people} lost their savings."
    assert typed(text, [(people, "ORG")], gazetteer) == {people: "NORP"}


def test_a_firm_named_after_its_country_with_a_plural_stays_a_firm(gazetteer: Gazetteer) -> None:
    text = "Shares in New Zealand Refiners fell on Monday."
    assert typed(text, [("New Zealand Refiners", "ORG")], gazetteer) == {
        "New Zealand Refiners": "ORG"
    }
