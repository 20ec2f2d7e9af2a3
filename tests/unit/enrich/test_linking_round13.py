"""Round 13's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from tests.unit.enrich.linking_helpers import article_of, linked, mentioned


def test_the_first_of_two_hyphened_surnames_alone_is_the_person(gazetteer: Gazetteer) -> None:
    text = (
        "The speaker, Irina Tarnavschi-Caraman, opened the session on Monday. "
        "Tarnavschi said the vote would have to wait until the autumn."
    )
    names = {"Irina Tarnavschi-Caraman": "PERSON", "Tarnavschi": "ORG"}
    entities = linked(mentioned(text, names), gazetteer)
    assert entities["Tarnavschi"] is entities["Irina Tarnavschi-Caraman"]
    assert entities["Tarnavschi"].type == "PERSON"


def test_a_lone_word_that_opens_no_hyphened_surname_stays_apart(gazetteer: Gazetteer) -> None:
    text = (
        "The speaker, Irina Tarnavschi-Caraman, opened the session on Monday. "
        "Caramanli said the vote would have to wait until the autumn."
    )
    names = {"Irina Tarnavschi-Caraman": "PERSON", "Caramanli": "PERSON"}
    entities = linked(mentioned(text, names), gazetteer)
    assert entities["Caramanli"] is not entities["Irina Tarnavschi-Caraman"]


def test_an_age_in_apposition_says_a_person_and_a_double_surname_joins(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The keeper saved the tenth penalty from Wilber Chicas Romero on Sunday. "
        "He went the right way for Chicas Romero, a 19-year-old born in Chalchuapa."
    )
    names = {"Wilber Chicas Romero": "ORG", "Chicas Romero": "ORG"}
    entities = linked(mentioned(text, names), gazetteer)
    assert entities["Chicas Romero"] is entities["Wilber Chicas Romero"]
    assert entities["Wilber Chicas Romero"].type == "PERSON"


@pytest.mark.parametrize(
    ("text", "personal"),
    [
        ("He passed to Chicas Romero, a 19-year-old born in Chalchuapa.", True),
        ("He passed to Chicas Romero, the 19-year-old, in the second half.", True),
        ("The deal was signed by Brasserie Lumen, a 150-year-old brewer.", False),
    ],
)
def test_an_age_written_as_a_year_old_is_a_persons(text: str, personal: bool) -> None:
    name = "Chicas Romero" if "Chicas" in text else "Brasserie Lumen"
    start = text.index(name)
    assert article_of(text).span((start, start + len(name)), "ORG").personal is personal


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Coral Crescent Hotels", "ORG"),
        ("Sandals Resorts", "ORG"),
        ("Riverview Drive", "PLACE"),
        ("Piton de la Fournaise", "PLACE"),
        ("Anse Royale", "PLACE"),
        ("Bairro de Ajuda", "PLACE"),
    ],
)
def test_more_head_words(name: str, kind: str) -> None:
    assert head_type(name) == kind


def test_a_hotel_group_is_named_by_its_first_words(gazetteer: Gazetteer) -> None:
    text = (
        "Coral Crescent Hotels agreed to the takeover on Friday. "
        "Coral Crescent owns four resorts on the west coast."
    )
    names = {"Coral Crescent Hotels": "ORG", "Coral Crescent": "PERSON"}
    entities = linked(mentioned(text, names), gazetteer)
    assert entities["Coral Crescent"] is entities["Coral Crescent Hotels"]


def test_a_surname_itself_outranks_the_first_of_a_double_surname(gazetteer: Gazetteer) -> None:
    text = (
        "The trust was set up by László Fehérvári-Nagy in 1990. His granddaughter, "
        "Eszter Fehérvári, spoke to the court. Mrs Fehérvári said the family had lost "
        "everything."
    )
    names = {
        "László Fehérvári-Nagy": "PERSON",
        "Eszter Fehérvári": "PERSON",
        "Fehérvári": "PERSON",
    }
    entities = linked(mentioned(text, names), gazetteer)
    assert entities["Fehérvári"] is entities["Eszter Fehérvári"]


def test_a_two_word_name_with_who_that_ends_no_longer_name_is_no_person(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The result leaves them a point ahead of Always Ready. Always Ready, who had "
        "started the day level on points, lost 2-0 at home. Always Ready play again on "
        "Sunday."
    )
    entities = linked(mentioned(text, {"Always Ready": "ORG"}), gazetteer)
    # "who" marks one mention; the name is no person's full name for that alone
    assert not entities["Always Ready"].is_person


def test_a_place_named_after_its_head_word_and_small_words_is_named_by_the_rest(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "From a ridge eight kilometres away, Chávez can hear Volcán de Fuego before his "
        "instruments show it. He has watched Fuego for 27 years."
    )
    names = {"Volcán de Fuego": "PERSON", "Fuego": "GPE"}
    entities = linked(mentioned(text, names), gazetteer)
    assert entities["Fuego"] is entities["Volcán de Fuego"]
    assert entities["Fuego"].type == "PLACE"
