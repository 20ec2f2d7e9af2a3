"""Round 25's rules, on small invented sentences written in ordinary news style: a place
of worship, a monument or a landmark is a place by its head word; a capital stands for its
government when its verb comes after a relative clause, when it is said to be negotiating
or calls for something, and when it is joined by "and" to a capital that does; in a match
report, a country named with its squad, its players or the caps it gives is its side."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import enrich, holding, one_entity, types_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tourists queued at the Vittala Temple before dawn.", "Vittala Temple"),
        ("The festival procession ends at Yasaka Shrine.", "Yasaka Shrine"),
        ("The ferry leaves from Swettenham Pier at six.", "Swettenham Pier"),
        ("Divers surveyed Ningaloo Reef for a week.", "Ningaloo Reef"),
        ("Crowds gathered outside the Thao Suranari Monument.", "Thao Suranari Monument"),
        ("The Bibi-Khanym Mosque reopened after repairs.", "Bibi-Khanym Mosque"),
    ],
)
def test_a_place_of_worship_a_monument_or_a_landmark_is_a_place(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {name: "ORG"}, gazetteer)[name] == "PLACE"


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Engineers tested the pillars of the Vittala Temple last week. The pillars "
            "of Vittala ring when struck, guides say.",
            "Vittala Temple",
            "Vittala",
        ),
        (
            "Divers surveyed Ningaloo Reef for a week. Warm water reached Ningaloo in March.",
            "Ningaloo Reef",
            "Ningaloo",
        ),
    ],
)
def test_a_temple_or_a_reef_is_named_by_its_first_word_alone(
    text: str, name: str, short: str, gazetteer: Gazetteer
) -> None:
    labels = {name: "ORG", short: "ORG"}
    assert one_entity(text, labels, (name, short), gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow, which has military bases in both countries, called for calm.",
        "Algiers, which hosts thousands of refugees near Tindouf, backs a referendum.",
        "Lusaka is also negotiating to revive the old railway line.",
        "Nairobi called on both sides to return to the talks.",
    ],
)
def test_a_capital_acting_after_a_clause_or_negotiating_is_its_government(
    text: str, gazetteer: Gazetteer
) -> None:
    capital = text.split(maxsplit=1)[0].rstrip(",")
    assert types_of(text, {capital: "GPE"}, gazetteer)[capital] == "ORG"


def test_a_capital_where_something_is_stays_a_place_after_a_clause(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The summit will be held in Nairobi. Nairobi, which has hosted it twice, "
        "expects 40 delegations."
    )
    assert types_of(text, {"Nairobi": "GPE"}, gazetteer)["Nairobi"] == "PLACE"


def test_a_capital_joined_to_a_government_is_a_government(gazetteer: Gazetteer) -> None:
    text = (
        "The prime minister said he had asked Lisbon and Abuja for help with patrols. "
        "Fishermen welcomed the news."
    )
    types = types_of(text, {"Lisbon": "GPE", "Abuja": "GPE"}, gazetteer)
    assert types == {"Lisbon": "ORG", "Abuja": "ORG"}


def test_capitals_joined_with_no_government_between_them_stay_places(
    gazetteer: Gazetteer,
) -> None:
    text = "The new airline flies between Lisbon and Abuja twice a week."
    types = types_of(text, {"Lisbon": "GPE", "Abuja": "GPE"}, gazetteer)
    assert types == {"Lisbon": "PLACE", "Abuja": "PLACE"}


_MATCH = "Wigan Warriors beat St Helens 24-12 on Friday night. "


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Faleolo, born in Auckland, was called up by Tonga last autumn.", "Tonga"),
        ("The coach said he would drive him to the England camp himself.", "England"),
        ("He also scored twice for Mauritania in a qualifier last month.", "Mauritania"),
        ("Their captain is a former Tunisia midfielder who won the cup.", "Tunisia"),
    ],
)
def test_in_a_match_report_a_country_with_its_squad_or_players_is_its_side(
    sentence: str, country: str, gazetteer: Gazetteer
) -> None:
    labels = {"Wigan Warriors": "ORG", "St Helens": "GPE", country: "GPE"}
    assert types_of(_MATCH + sentence, labels, gazetteer)[country] == "ORG"


def test_outside_a_match_report_a_country_camp_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Aid workers drove supplies to the Tonga camp on the outer island."
    assert types_of(text, {"Tonga": "GPE"}, gazetteer)["Tonga"] == "PLACE"


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Shots were fired, according to the State Committee for National Security, "
            "known as the GKNB, which controls the border. The GKNB said guards fired first.",
            "State Committee for National Security",
            "GKNB",
        ),
        (
            "The observers of the Mission for the Referendum in Western Sahara, known by "
            "its French acronym MINURSO, were turned back. MINURSO said it would report it.",
            "Mission for the Referendum in Western Sahara",
            "MINURSO",
        ),
    ],
)
def test_known_as_capitals_after_a_tagged_name_are_its_acronym_in_any_language(
    text: str, name: str, acronym: str, gazetteer: Gazetteer
) -> None:
    labels = {name: "ORG", acronym: "ORG"}
    assert one_entity(text, labels, (name, acronym), gazetteer)


def test_an_acronym_after_or_may_carry_capitals_with_diacritics(gazetteer: Gazetteer) -> None:
    text = (
        "The case was run by the Central Bureau of Investigation of the Police, or CBŚP. "
        "The CBŚP said the smugglers used balloons."
    )
    name = "Central Bureau of Investigation of the Police"
    labels = {name: "ORG", "CBŚP": "ORG"}
    assert one_entity(text, labels, (name, "CBŚP"), gazetteer)


def test_a_nickname_known_as_after_a_person_binds_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "The striker Amadou Keita, known as the GOAT, scored twice. The GOAT chant rang "
        "round the ground after Keita left."
    )
    labels = {"Amadou Keita": "PERSON", "GOAT": "ORG", "Keita": "PERSON"}
    assert not one_entity(text, labels, ("Amadou Keita", "GOAT"), gazetteer)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The councillor Gemma Bonell i Torras voted against. Ms Bonell i Torras said "
            "rents had doubled.",
            "Gemma Bonell i Torras",
            "Bonell i Torras",
        ),
        (
            "The rail company is led by Jean-Pierre Kabange wa Kabange. Mr Kabange wa "
            "Kabange said the line was open.",
            "Jean-Pierre Kabange wa Kabange",
            "Kabange wa Kabange",
        ),
        (
            "A teacher, Mbarka mint Ahmed, saw the rockets land. Ms mint Ahmed said the "
            "school had closed.",
            "Mbarka mint Ahmed",
            "mint Ahmed",
        ),
    ],
)
def test_catalan_swahili_and_hassaniya_particles_stay_inside_a_name(
    text: str, full: str, short: str, enricher: Enricher
) -> None:
    enriched = enrich(enricher, text)
    person = holding(enriched, full)
    assert person.type == "PERSON"
    assert short in {m.text for m in person.mentions}


def test_a_defendant_named_by_a_surname_initial_keeps_its_full_stop(enricher: Enricher) -> None:
    text = (
        "The longest sentence went to a crane dispatcher named only as Jens P., who had "
        "opened containers for the gang. Lawyers for Ruud van B. said he would appeal."
    )
    enriched = enrich(enricher, text)
    for name in ("Jens P.", "Ruud van B."):
        assert holding(enriched, name).type == "PERSON"


def test_a_surname_initial_that_ends_a_sentence_leaves_the_full_stop_to_it(
    enricher: Enricher,
) -> None:
    text = (
        "The court named the dispatcher only as Jens P. The judge said he had opened "
        "containers for the gang."
    )
    enriched = enrich(enricher, text)
    assert "Jens P" in {m.text for e in enriched.canonical_entities for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Berlin, which has pledged €40m in grants, wants a say in the route.", "Berlin"),
        ("Pretoria, which has long opposed the plan, kept quiet on Monday.", "Pretoria"),
        ("Moscow blamed Ukraine for the crisis on Tuesday.", "Moscow"),
        ("Helsinki seized a tanker in December on suspicion of cutting a cable.", "Helsinki"),
        ("Beijing's embassy said it respected the choice of the voters.", "Beijing"),
        ("Vilnius is expected to ask Brussels to treat the spending apart.", "Brussels"),
        ("Baghdad and Erbil agreed last year to set up joint brigades.", "Baghdad"),
        ("Washington has presented the corridor as an alternative to the port.", "Washington"),
    ],
)
def test_a_capital_that_has_acted_or_owns_an_embassy_is_its_government(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {capital: "GPE"}, gazetteer)[capital] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Lisbon, which has a population of half a million, is hot in summer.",
        "Lisbon, which has been rebuilt twice, draws tourists all year.",
    ],
)
def test_a_capital_described_by_its_clause_stays_a_place(text: str, gazetteer: Gazetteer) -> None:
    assert types_of(text, {"Lisbon": "GPE"}, gazetteer)["Lisbon"] == "PLACE"


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The win lifts Nepal to second, behind Scotland and ahead of Oman.", "Oman"),
        ("The result lifts India to third in the standings, behind Australia.", "Australia"),
        ("He reached his hundred with a pull off the Ireland seamer Eoin Kilbride.", "Ireland"),
        ("Germany finished fourth after a slow last lap.", "Germany"),
    ],
)
def test_in_a_match_report_a_country_with_its_result_or_its_place_in_the_table_is_its_side(
    sentence: str, country: str, gazetteer: Gazetteer
) -> None:
    labels = {"Wigan Warriors": "ORG", "St Helens": "GPE", country: "GPE"}
    assert types_of(_MATCH + sentence, labels, gazetteer)[country] == "ORG"


def test_outside_a_match_report_a_country_behind_another_is_a_place(
    gazetteer: Gazetteer,
) -> None:
    text = "Exports from Vietnam now rank second, behind Brazil, the ministry said."
    assert types_of(text, {"Brazil": "GPE", "Vietnam": "GPE"}, gazetteer)["Brazil"] == "PLACE"
