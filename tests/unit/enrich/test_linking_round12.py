"""Round 12's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.town_teams import named_after_its_town
from newsflow_enrich.domain.names import double_barrelled_name
from tests.unit.enrich.linking_helpers import cue, entity_of


@pytest.mark.parametrize(
    ("name", "shaped"),
    [
        ("Darcy Woloshyn-Bird", True),
        ("Sebastian Lindqvist-Åberg", True),
        ("Bernadette Yantoukoua-Djèdjè", True),
        ("Rolls-Royce", False),  # one word: founders' names, no given name
        ("Air France-KLM", False),  # an acronym is no surname
        ("Le Puy-en-Velay", False),  # a place's small words
        ("Castilla-La Mancha", False),  # the hyphen is in the first word
        ("Anna Maria Woloshyn-Bird", False),  # three words: left to the model
    ],
)
def test_a_given_name_before_a_double_surname_is_person_shaped(name: str, shaped: bool) -> None:
    assert double_barrelled_name(name) is shaped


def test_a_double_surname_the_model_called_an_organisation_is_a_person(
    gazetteer: Gazetteer,
) -> None:
    text = "A late shot from Tevita Moala-Fonua settled the match, the coach said."
    names = [("Tevita Moala-Fonua", "ORG")]
    assert entity_of(text, names, "Tevita Moala-Fonua", gazetteer).type == "PERSON"


def test_a_club_opening_with_a_big_city_is_not_person_shaped(gazetteer: Gazetteer) -> None:
    text = "Paris Saint-Germain won the league on Sunday, the club said."
    names = [("Paris Saint-Germain", "ORG")]
    assert entity_of(text, names, "Paris Saint-Germain", gazetteer).type == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "described_as"),
    [
        # the phrase's head is the noun before "of" or "for", past the inner noun's words
        (
            "The candidate of the governing Sandinista movement, Ernesto Ruiz Lacayo, "
            "won the vote.",
            "Ernesto Ruiz Lacayo",
            "PERSON",
        ),
        (
            "The deputy for the Ouémé department, Rosine Agbodjan, called for calm.",
            "Rosine Agbodjan",
            "PERSON",
        ),
        # no governing noun before the preposition: the inner noun describes the name
        (
            "Workers at the state mining company, Codelco, walked out on Monday.",
            "Codelco",
            "ORG",
        ),
    ],
)
def test_the_head_of_a_phrase_on_of_or_for_describes_the_name(
    package_nlp: Language, text: str, name: str, described_as: str
) -> None:
    assert cue(package_nlp, text, name).described_as == described_as


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Pittsburgh Pirates", True),
        ("New York Mets", True),
        ("Houston Astros", True),
        ("Palm Springs", False),  # a place's plural
        ("Florida Keys", False),
        ("Paris Olympics", False),  # an event
        ("Pittsburgh", False),  # one word
        ("Pittsburgh Press", False),  # no plural
    ],
)
def test_a_plural_after_a_known_town_names_a_side(
    name: str, side: bool, gazetteer: Gazetteer
) -> None:
    assert named_after_its_town(name, gazetteer) is side


def test_a_side_the_model_called_a_place_is_an_organisation(gazetteer: Gazetteer) -> None:
    text = "Rengifo signed with the Pittsburgh Pirates in 2019 and later joined Houston."
    names = [("Rengifo", "PERSON"), ("Pittsburgh Pirates", "GPE"), ("Houston", "GPE")]
    assert entity_of(text, names, "Pittsburgh Pirates", gazetteer).type == "ORG"
    assert entity_of(text, names, "Houston", gazetteer).type == "PLACE"


def test_a_plural_place_the_text_puts_somewhere_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Lithium brine is pumped in Salinas Grandes, the company said."
    names = [("Salinas Grandes", "GPE")]
    assert entity_of(text, names, "Salinas Grandes", gazetteer).type == "PLACE"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The crowd gathered at Place Saint-Pierre on Sunday.", "Place Saint-Pierre", "FAC"),
        ("Snow closed the roads in Terskey Ala-Too, officials said.", "Terskey Ala-Too", "ORG"),
    ],
)
def test_a_double_name_the_text_puts_somewhere_is_no_person(
    text: str, name: str, label: str, gazetteer: Gazetteer
) -> None:
    assert entity_of(text, [(name, label)], name, gazetteer).type != "PERSON"
