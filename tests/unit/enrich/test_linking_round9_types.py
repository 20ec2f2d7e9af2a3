"""Round 9's typing rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import load_ner_pipeline
from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from newsflow_enrich.domain.parse_cues import raw_entities
from tests.unit.enrich.linking_helpers import entity_of, found_mentions


@pytest.mark.parametrize(
    "firm", ["the Kisumu brokerage", "a Kisumu law firm", "the Kisumu investment bank"]
)
def test_a_known_town_before_a_noun_for_a_firm_is_where_the_firm_is(
    firm: str, gazetteer: Gazetteer
) -> None:
    text = f"Analysts said {firm}, Tamu Securities, would cut its forecast on Friday."
    names = [("Kisumu", "ORG"), ("Tamu Securities", "ORG")]
    assert entity_of(text, names, "Kisumu", gazetteer).type == "PLACE"


def test_a_name_the_gazetteer_does_not_know_before_a_firm_noun_stays_as_labelled(
    gazetteer: Gazetteer,
) -> None:
    text = "Analysts said the Varlondi brokerage would cut its forecast on Friday."
    assert entity_of(text, [("Varlondi", "ORG")], "Varlondi", gazetteer).type == "ORG"


@pytest.mark.parametrize("grouping", ["the small Varnik party", "the left-wing Varnik coalition"])
def test_a_name_no_gazetteer_knows_before_a_noun_for_an_organisation_is_one(
    grouping: str, gazetteer: Gazetteer
) -> None:
    text = f"Protesters from {grouping} gathered outside parliament on Monday."
    assert entity_of(text, [("Varnik", "PERSON")], "Varnik", gazetteer).type == "ORG"


@pytest.mark.parametrize("word", ["above", "below"])
def test_a_name_above_or_below_something_is_a_place(word: str, gazetteer: Gazetteer) -> None:
    text = f"Farmers living {word} Tolvara lost their crops when the dam gave way."
    assert entity_of(text, [("Tolvara", "ORG")], "Tolvara", gazetteer).type == "PLACE"


@pytest.mark.parametrize("owned", ["uncle, Peni Waqa,", "daughter", "novel"])
def test_a_name_whose_possessive_has_a_relative_or_a_novel_is_a_person(
    owned: str, gazetteer: Gazetteer
) -> None:
    text = f"The cup was won by Salote Vunidilo's {owned} in 2011."
    names = [("Salote Vunidilo", "ORG")]
    entity = entity_of(text, names, "Salote Vunidilo", gazetteer)
    assert entity.is_person
    assert entity.type == "PERSON"


def test_a_firm_s_shares_still_make_its_possessive_no_person(gazetteer: Gazetteer) -> None:
    text = "Talvora's shares fell 4% after Talvora said it would close the plant."
    names = [("Talvora", "PERSON"), ("Talvora", "PERSON")]
    assert entity_of(text, names, "Talvora", gazetteer).type == "ORG"


@pytest.mark.parametrize(
    "name",
    ["Hexham Courant", "Marlow Reformer", "Kingston Gleaner", "Radio Sanza", "Lerwick Times"],
)
def test_a_newspaper_s_or_a_station_s_name_is_an_organisation(name: str) -> None:
    assert head_type(name) == "ORG"


def test_groupings_are_organisations() -> None:
    words = ("coalition", "collective", "alliance", "movement", "bloc", "consultancy", "venture")
    words += ("exchange", "body")
    assert {noun_type(w) for w in words} == {"ORG"}


def test_roles_of_a_team_and_a_bench_name_people() -> None:
    words = ("substitute", "teammate", "clubmate", "magistrates", "ministers", "members")
    assert {noun_type(w) for w in words} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The substitute Carlos Mendoza scored in stoppage time.", "Carlos Mendoza"),
        ("One of its nine members, Maria Lopez, said the council would meet.", "Maria Lopez"),
        # the noun before "of" heads the phrase ("head", not "agency")
        ("The head of the agency, Maria Lopez, said the figures were wrong.", "Maria Lopez"),
        ("Its chief of mission in Peru, Maria Lopez, said aid would arrive.", "Maria Lopez"),
        # the first of a list of names in apposition
        ("Two magistrates, Maria Lopez and Ana Ruiz, dissented from the ruling.", "Maria Lopez"),
    ],
)
def test_a_name_after_a_team_s_or_a_council_s_role_is_described_as_a_person(
    text: str, name: str
) -> None:
    found = [r for r in raw_entities(load_ner_pipeline()(text)) if text[r.start : r.end] == name]
    assert found, f"spaCy found no {name!r} in {text!r}"
    assert found[0].described_as == "PERSON"


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_a_spaced_dash_parts_two_names(dash: str, gazetteer: Gazetteer) -> None:
    text = f"NAIROBI {dash} Kenya's president on Monday dismissed his finance minister."
    names = [(f"NAIROBI {dash} Kenya", "PERSON")]
    assert found_mentions(text, names, gazetteer) >= {"NAIROBI", "Kenya"}
    assert entity_of(text, names, "Kenya", gazetteer).type == "PLACE"


@pytest.mark.parametrize("where", ["from Kwanobuhle", "in Kwanobuhle"])
def test_a_people_s_label_after_in_or_from_on_no_people_s_word_is_a_place(
    where: str, gazetteer: Gazetteer
) -> None:
    text = f"Queues formed at dawn, said one resident {where}, and the tankers were late."
    assert entity_of(text, [("Kwanobuhle", "NORP")], "Kwanobuhle", gazetteer).type == "PLACE"


@pytest.mark.parametrize("people", ["Catalan", "Welsh", "Maltese", "Argentine", "Greens"])
def test_a_people_s_word_after_in_stays_a_people_s(people: str, gazetteer: Gazetteer) -> None:
    text = f"The novel was first published in {people} and sold well."
    # round 16: a people's word the gazetteer derives from a country ("Welsh") after "in"
    # names its language; either way, no place
    kind = entity_of(text, [(people, "NORP")], people, gazetteer).type
    assert kind in ("NORP", "LANGUAGE")


@pytest.mark.parametrize("site", ["its Kelvora plant", "their Kelvora copper mine"])
def test_a_name_between_an_owner_s_possessive_and_a_site_is_a_place(
    site: str, gazetteer: Gazetteer
) -> None:
    text = f"Andes Metals said it would suspend output at {site} next week."
    names = [("Andes Metals", "ORG"), ("Kelvora", "ORG")]
    assert entity_of(text, names, "Kelvora", gazetteer).type == "PLACE"
