"""Round 10's typing rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from newsflow_enrich.domain.linking.known import known_organisations
from newsflow_enrich.domain.names import name_key
from tests.unit.enrich.linking_helpers import enrich, entity_of


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Foxconn", "PERSON"),
        ("Lockheed Martin", "PERSON"),
        ("Xinhua", "GPE"),
        ("UNHCR", "PERSON"),
    ],
)
def test_a_body_on_the_public_lists_is_an_organisation_whatever_the_model_said(
    name: str, label: str, gazetteer: Gazetteer
) -> None:
    text = f"Shares rose after {name} reported its results on Tuesday, officials said."
    assert entity_of(text, [(name, label)], name, gazetteer).type == "ORG"


@pytest.mark.parametrize("word", ["Target", "Delta", "Santander", "Ford", "Amazon"])
def test_names_that_are_also_words_places_or_surnames_stay_off_the_list(word: str) -> None:
    assert name_key(word) not in known_organisations()


@pytest.mark.parametrize(
    "name", ["Harlow Reservoir", "Tanner Gorge", "Loch Varrin", "Cape Morlan", "Osk Harbour"]
)
def test_a_feature_of_land_or_water_is_a_place(name: str, gazetteer: Gazetteer) -> None:
    text = f"Rescuers searched {name} after the storm, the coastguard said on Sunday."
    assert entity_of(text, [(name, "PERSON")], name, gazetteer).type == "PLACE"


def test_a_city_of_several_words_before_city_is_a_place_but_a_club_is_not(
    gazetteer: Gazetteer,
) -> None:
    assert head_type("Prince Talal Economic City") == "PLACE"
    assert head_type("Leicester City") is None


def test_a_title_the_model_saw_as_one_is_no_place_whatever_its_last_word(
    gazetteer: Gazetteer,
) -> None:
    text = 'Her debut film, "The Narrow Harbour", won the jury prize on Saturday night.'
    names = [("The Narrow Harbour", "WORK_OF_ART")]
    assert entity_of(text, names, "Narrow Harbour", gazetteer).type != "PLACE"


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Point beat Kestrel Bay by 12 points on Saturday night.",
        "The Saints were well beaten, and their hopes ended with a 3-1 loss to Kestrel Bay.",
        "Kestrel Bay coach Marty Olds said his side had let the lead slip.",
        "A late try gave the Saints a 20-17 win over Kestrel Bay in the final.",
    ],
)
def test_a_side_in_a_match_is_a_club_though_named_after_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    assert entity_of(text, [("Kestrel Bay", "GPE")], "Kestrel Bay", gazetteer).type == "ORG"


def test_a_place_in_a_match_report_stays_a_place_without_a_contest_word(
    gazetteer: Gazetteer,
) -> None:
    text = "The Saints travelled to Kestrel Bay for the final on Saturday."
    assert entity_of(text, [("Kestrel Bay", "GPE")], "Kestrel Bay", gazetteer).type == "PLACE"


def test_a_player_who_beats_another_stays_a_person(gazetteer: Gazetteer) -> None:
    text = "Mira Okafor, 22, beat Lena Stroud in straight sets. Okafor beat Stroud again."
    names = [("Mira Okafor", "PERSON"), ("Lena Stroud", "PERSON")]
    assert entity_of(text, names, "Lena Stroud", gazetteer).type == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Production at Vantrel's factory near the border resumed on Monday.",
        "Vantrel's shares fell 4 per cent in early trading.",
        "Ana Ruiz, the chief executive of Vantrel, declined to comment.",
        "A spokeswoman for Vantrel said the recall was voluntary.",
        '"Demand is soft," said Ana Ruiz, an analyst at Vantrel.',
    ],
)
def test_a_firm_named_by_one_word_is_no_person_among_its_people_and_property(
    text: str, gazetteer: Gazetteer
) -> None:
    assert entity_of(text, [("Vantrel", "PERSON")], "Vantrel", gazetteer).type == "ORG"


def test_a_town_the_gazetteer_knows_keeps_its_factories(gazetteer: Gazetteer) -> None:
    text = "Detroit's factories were idle for a week, the union said."
    assert entity_of(text, [("Detroit", "GPE")], "Detroit", gazetteer).type == "PLACE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid reached the villages of Marrowby and Tessock on Friday.", "Tessock"),
        ("Ferries to the islands of Ollan, 'Evo and Tessock were cancelled.", "Tessock"),
        ("Tessock's mayor said the bridge would reopen within a month.", "Tessock"),
        ("The depot sits on the edge of Tessock, about ten miles from the port.", "Tessock"),
    ],
)
def test_a_place_the_model_called_an_organisation_is_placed_by_its_words(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert entity_of(text, [(name, "ORG")], name, gazetteer).type == "PLACE"


def test_a_firm_of_two_names_after_a_list_noun_is_not_made_a_place(gazetteer: Gazetteer) -> None:
    text = "The shares of Marrowby and Tessock fell after the merger was called off."
    assert entity_of(text, [("Tessock", "ORG")], "Tessock", gazetteer).type == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Salas built the towers through his company Vantrel between 2019 and 2022.",
        "Vantrel's founder, Pedro Salas, sold his stake in March.",
        "His last three books were published by Vantrel, a small house in Split.",
        "Regulators cleared the takeover of Vantrel on Friday.",
    ],
)
def test_an_owners_company_and_a_firms_founder_say_organisation(
    text: str, gazetteer: Gazetteer
) -> None:
    assert entity_of(text, [("Vantrel", "PERSON")], "Vantrel", gazetteer).type == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Engineers inspected the Tessock dam after the heavy rain on Monday.",
        "Hikers were rescued from the cliffs of Tessock on Sunday afternoon.",
        "The observatory sits on the flank of Tessock, 2,000 metres up.",
    ],
)
def test_a_dam_or_a_mountains_parts_place_the_name_without_the(
    text: str, gazetteer: Gazetteer
) -> None:
    assert entity_of(text, [("Tessock", "PERSON")], "Tessock", gazetteer).type == "PLACE"


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, 24, plays his club rugby for Kestrel Bay and was capped last year.",
        "The forward signed for Kestrel Bay in January after leaving Leeds.",
        "Harbour Point open their season away at Kestrel Bay on 9 August.",
    ],
)
def test_a_players_side_and_a_fixtures_host_are_clubs(text: str, gazetteer: Gazetteer) -> None:
    assert entity_of(text, [("Kestrel Bay", "GPE")], "Kestrel Bay", gazetteer).type == "ORG"


@pytest.mark.parametrize("before", ["the governing", "the opposition", "the ruling"])
def test_a_party_in_or_out_of_power_is_an_organisation_though_tagged_a_people(
    before: str, gazetteer: Gazetteer
) -> None:
    text = f"Two members of {before} Moderates voted against the bill on Tuesday."
    assert entity_of(text, [("Moderates", "NORP")], "Moderates", gazetteer).type == "ORG"


def test_a_peoples_adjective_before_a_firms_noun_stays_no_organisation(
    enricher: Enricher,
) -> None:
    body = (
        "Orvel Mining, a subsidiary of the Australian group Southern Cross Minerals, "
        "said on Monday that the mine would reopen."
    )
    types = {e.type for e in enrich(enricher, body).canonical_entities if e.name == "Australian"}
    assert "ORG" not in types
