"""Round 42's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned, one_entity


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The winner was Ryan Tremblay. Marc Tremblay, no relation to Ryan, scored first.",
            {"Ryan Tremblay": "PERSON", "Marc Tremblay": "PERSON", "Ryan": "GPE"},
        ),
        (
            "The spinner Romario Persaud took three wickets. Kevon Persaud, who is not "
            "related to Romario, hit four sixes.",
            {"Romario Persaud": "PERSON", "Kevon Persaud": "PERSON", "Romario": "GPE"},
        ),
    ],
    ids=["no relation to", "not related to"],
)
def test_a_first_name_no_relation_to_someone_is_that_person(
    text: str, labels: dict[str, str], gazetteer: Gazetteer
) -> None:
    full, first = next(iter(labels)), list(labels)[-1]
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[full] is entities[first]
    assert entities[first].type == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Ryan Kenya, the lawyer, said the charges were not related to Kenya at all.",
        "Ryan Kenya, the lawyer, said the figure bears no relation to Kenya at all.",
        "Ryan Kenya, the lawyer, said the decision has no relation to Kenya at all.",
        "Ryan Kenya, the lawyer, said the arrest, unrelated to Kenya, was a mistake.",
    ],
    ids=["were not related to", "bears no relation to", "has no relation to", "unrelated to"],
)
def test_a_thing_not_related_to_a_country_leaves_the_country_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    labels = {"Ryan Kenya": "PERSON", "Kenya": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Kenya"] is not entities["Ryan Kenya"]
    assert entities["Kenya"].type == "PLACE"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The crash on the descent ended the race of Lucas Dufresne, the Frenchman who "
            'won last year. "Lucas is conscious and talking," said the team manager.',
            {"Lucas Dufresne": "PERSON", "Lucas": "PERSON"},
        ),
        (
            "MELBOURNE — The Vixens won with a goal from Mele Fifita, who joined from Auckland. "
            '"My daughter wants to be Mele now," said a fan from Dandenong.',
            {"Mele Fifita": "PERSON", "Mele": "PERSON", "MELBOURNE": "GPE", "Auckland": "GPE"},
        ),
    ],
    ids=["a town in Brazil", "a town in Germany"],
)
def test_a_first_name_that_is_a_town_in_no_country_the_article_names_is_the_person(
    text: str, labels: dict[str, str], gazetteer: Gazetteer
) -> None:
    full, first = list(labels)[:2]
    assert one_entity(text, labels, (full, first), gazetteer)


def test_a_first_name_that_is_a_town_the_article_puts_things_in_stays_the_town(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Lucas Dufresne, who grew up in France, now trains in Brazil. He bought a farm in "
        "Lucas, a town in Mato Grosso."
    )
    labels = {"Lucas Dufresne": "PERSON", "France": "GPE", "Brazil": "GPE", "Lucas": "GPE"}
    assert not one_entity(text, labels, ("Lucas Dufresne", "Lucas"), gazetteer)


def test_a_place_that_governs_is_not_a_first_name(gazetteer: Gazetteer) -> None:
    text = (
        "Victoria has promised $5 million for the park. Victoria Halvorsen, a geographer, "
        "said the park would be a living museum."
    )
    labels = {"Victoria": "ORG", "Victoria Halvorsen": "PERSON"}
    assert not one_entity(text, labels, ("Victoria", "Victoria Halvorsen"), gazetteer)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The minister, Andrés Felipe Gaitán Rojas, signed the order. The mayor, Beatriz "
            "Elena Rojas Pardo, opposed it. Gaitán said the road was needed; Rojas said it "
            "was not.",
            {
                "Andrés Felipe Gaitán Rojas": "PERSON",
                "Beatriz Elena Rojas Pardo": "PERSON",
                "Gaitán": "PERSON",
                "Rojas": "PERSON",
            },
        ),
        (
            "Rolando Quispe Mamani chairs the co-operative and Félix Mamani Apaza runs the "
            "mine. Quispe wants a new contract. Mamani said he would wait.",
            {
                "Rolando Quispe Mamani": "PERSON",
                "Félix Mamani Apaza": "PERSON",
                "Quispe": "PERSON",
                "Mamani": "PERSON",
            },
        ),
    ],
    ids=["Gaitán and Rojas", "Quispe and Mamani"],
)
def test_a_second_surname_is_not_the_name_of_one_called_by_the_first(
    text: str, labels: dict[str, str], gazetteer: Gazetteer
) -> None:
    called_by_first, other, first_surname, shared = labels
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[shared] is entities[other]
    assert entities[first_surname] is entities[called_by_first]


def test_a_shared_last_surname_is_still_the_first_introduced_when_the_first_is_unused(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Rolando Quispe Mamani chairs the co-operative and Félix Mamani Apaza runs the "
        "mine. Mamani said he would wait."
    )
    labels = {"Rolando Quispe Mamani": "PERSON", "Félix Mamani Apaza": "PERSON"}
    labels |= {"Mamani": "PERSON"}
    assert one_entity(text, labels, ("Rolando Quispe Mamani", "Mamani"), gazetteer)


def test_a_double_surname_two_people_share_is_the_first_introduced(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Josianne Vella Baldacchino, the planning minister, presented the bill. Her father, "
        "Mario Vella Baldacchino, built the first ferry. Vella Baldacchino said the tunnel "
        "would open in 2031."
    )
    labels = {
        "Josianne Vella Baldacchino": "PERSON",
        "Mario Vella Baldacchino": "PERSON",
        "Vella Baldacchino": "PERSON",
    }
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Vella Baldacchino"] is entities["Josianne Vella Baldacchino"]
    assert entities["Vella Baldacchino"] is not entities["Mario Vella Baldacchino"]
