"""Round 40's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.body_cues import fixture, last_two
from newsflow_enrich.domain.linking.heads import head_type
from newsflow_enrich.domain.linking.town_teams import side_of_its_town
from tests.unit.enrich.linking_helpers import enrich, holding, one_entity, same, types_of

_MATCH = "Galatasaray beat Fenerbahçe 2-1 in the derby on Sunday. "
_SIDES = {"Galatasaray": "ORG", "Fenerbahçe": "ORG"}


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Okafor, who has scored 11 goals in 19 matches for Nigeria, scored again.", "Nigeria"),
        ("Srinivasan, who has played four Tests for India, made 71.", "India"),
        ("Aydın is expected to be named in the squad for Turkey next week.", "Turkey"),
        ("Aydın is expected to be named for Turkey's qualifiers against Georgia.", "Turkey"),
    ],
    ids=["matches for", "Tests for", "squad for", "possessive's qualifiers"],
)
def test_a_country_a_player_plays_for_in_a_match_report_is_its_side(
    sentence: str, country: str, gazetteer: Gazetteer
) -> None:
    labels = _SIDES | {"Okafor": "PERSON", "Aydın": "PERSON", "Srinivasan": "PERSON"}
    assert types_of(_MATCH + sentence, labels | {country: "GPE"}, gazetteer)[country] == "ORG"


def test_a_players_country_after_a_contest_word_stays_a_place(gazetteer: Gazetteer) -> None:
    text = _MATCH + "It was a second win over Spain's Carlos Ibarra this month."
    labels = _SIDES | {"Spain": "GPE", "Carlos Ibarra": "PERSON"}
    assert types_of(text, labels, gazetteer)["Spain"] == "PLACE"


def test_the_words_before_a_possessive_tell_of_what_it_owns() -> None:
    before = "a second win over"
    assert not fixture(last_two(before), ["'s", "carlos"])
    assert fixture(last_two(before), ["'s", "qualifiers"])


@pytest.mark.parametrize(
    ("side", "town"),
    [("Portland Timbers", "Portland"), ("Chennai Super Kings", "Chennai")],
    ids=["town and plural", "town, word and plural"],
)
def test_a_town_named_alone_for_its_side_in_a_match_report_is_the_side(
    side: str, town: str, gazetteer: Gazetteer
) -> None:
    text = (
        f"Seattle Sounders beat {side} 3-1 on Saturday. {town} had led at half-time, "
        f"and {town} host Denver next week."
    )
    labels = {"Seattle Sounders": "ORG", side: "ORG", town: "GPE", "Denver": "GPE"}
    assert one_entity(text, labels, (side, town), gazetteer)
    assert types_of(text, labels, gazetteer)[town] == "ORG"


def test_a_town_with_a_side_of_its_name_outside_a_match_stays_the_town(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Portland Timbers have a new owner. Portland has a new mayor, and the "
        "Portland Timbers' stadium will get a new roof."
    )
    labels = {"Portland Timbers": "ORG", "Portland": "GPE"}
    assert not one_entity(text, labels, ("Portland Timbers", "Portland"), gazetteer)


@pytest.mark.parametrize(
    ("name", "town_words", "side"),
    [
        ("Portland Timbers", 1, True),
        ("Kolkata Knight Riders", 1, True),
        ("New York Times", 2, True),  # shaped as a side: the match report must say it plays
        ("Palm Springs", 1, False),
        ("Portland Trail Blazers Arena", 1, False),
    ],
)
def test_a_side_of_its_town_is_its_town_then_a_plural(
    name: str, town_words: int, side: bool, gazetteer: Gazetteer
) -> None:
    assert side_of_its_town(name, town_words, gazetteer) is side


def test_a_sides_nickname_beside_its_fans_named_after_it_is_the_side(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Seattle Sounders beat Portland Timbers 3-1 on Saturday. The Timbers had led at "
        "half-time. About 1,500 fans from the Timbers Army travelled."
    )
    labels = {"Seattle Sounders": "ORG", "Portland Timbers": "ORG", "Timbers": "ORG"}
    labels |= {"Timbers Army": "ORG"}
    assert one_entity(text, labels, ("Portland Timbers", "Timbers"), gazetteer)
    assert not one_entity(text, labels, ("Timbers Army", "Timbers"), gazetteer)


def test_a_surname_is_first_the_mans_own_not_his_wifes_married_name(enricher: Enricher) -> None:
    text = (
        "José Armando Turcios Bendeck, 58, was convicted on Friday. Prosecutors said Turcios "
        "steered the contract to a company registered in the name of his wife, Karla Lizeth "
        "Midence de Turcios. Ms Midence was acquitted."
    )
    enriched = enrich(enricher, text)
    assert same(enriched, "José Armando Turcios Bendeck", "Turcios").type == "PERSON"
    assert holding(enriched, "Karla Lizeth Midence de Turcios") is holding(enriched, "Midence")


def test_a_married_name_alone_is_still_the_wifes(enricher: Enricher) -> None:
    text = (
        "Wilma Choque de Ticona, the mayor, opened the market on Friday. Ticona said the "
        "stalls would be free for a year."
    )
    enriched = enrich(enricher, text)
    assert same(enriched, "Wilma Choque de Ticona", "Ticona").type == "PERSON"


@pytest.mark.parametrize(
    "known",
    [
        "still known to most people in the city by its old name, the",
        "known by its old name,",
        "also known by its former name",
    ],
)
def test_a_body_known_by_its_old_name_takes_it(known: str, gazetteer: Gazetteer) -> None:
    text = (
        f"The Syama Prasad Mookerjee Port, {known} Kolkata Port Trust, said on Monday that "
        "the Kolkata Port Trust had closed the dock."
    )
    labels = {"Syama Prasad Mookerjee Port": "ORG", "Kolkata Port Trust": "ORG"}
    forms = ("Syama Prasad Mookerjee Port", "Kolkata Port Trust")
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    "name",
    ["Sinaloa Cartel", "Jalisco New Generation Cartel", "Makoni Agro-Supplies", "Kivu Militia"],
)
def test_a_cartel_a_militia_and_a_hyphened_trade_are_organisations(name: str) -> None:
    assert head_type(name) == "ORG"


@pytest.mark.parametrize("name", ["Port-au-Prince", "Bosnia-Herzegovina", "Guinea-Bissau"])
def test_a_hyphened_place_has_no_organisations_head(name: str) -> None:
    assert head_type(name) is None
