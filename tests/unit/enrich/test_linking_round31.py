"""Round 31's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity, types_of


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "The defender Jon Ander Ugarte was booked. Then came a long ball from Ugarte.",
            "Jon Ander Ugarte",
        ),
        ("Kian Farahani finished third. The prize went to Farahani.", "Kian Farahani"),
    ],
)
def test_a_surname_taken_from_or_to_but_put_nowhere_is_the_person(
    text: str, full: str, gazetteer: Gazetteer
) -> None:
    surname = full.rsplit(" ", 1)[-1]
    labels = {full: "PERSON", surname: "GPE"}
    assert one_entity(text, labels, (full, surname), gazetteer)


def test_a_surname_the_article_puts_something_in_stays_apart(gazetteer: Gazetteer) -> None:
    text = "Ana Ugarte spoke first. Flooding hit homes in Ugarte overnight."
    labels = {"Ana Ugarte": "PERSON", "Ugarte": "GPE"}
    assert not one_entity(text, labels, ("Ana Ugarte", "Ugarte"), gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Fans came from Donostia, as San Sebastián is known in Basque, by train. "
            "San Sebastián was quiet.",
            {"Donostia": "GPE", "San Sebastián": "GPE"},
            ("Donostia", "San Sebastián"),
        ),
        (
            "The Red and Golds, as East Bengal are known, lost. East Bengal drop to sixth.",
            {"Red and Golds": "ORG", "East Bengal": "ORG"},
            ("Red and Golds", "East Bengal"),
        ),
    ],
)
def test_a_name_then_as_another_is_known_names_one_thing(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


def test_as_a_name_is_known_needs_the_verb(gazetteer: Gazetteer) -> None:
    text = "Talks moved to Geneva, as Lausanne had no hall. Lausanne will host the next round."
    labels = {"Geneva": "GPE", "Lausanne": "GPE"}
    assert not one_entity(text, labels, ("Geneva", "Lausanne"), gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Young Africans, known to everyone in Tanzania as Yanga, took the lead. Yanga held on.",
            {"Young Africans": "ORG", "Yanga": "ORG", "Tanzania": "GPE"},
            ("Young Africans", "Yanga"),
        ),
        (
            "Mercury was highest near the mouth of the Caquetá River, which Colombians call "
            "the Japurá once it crosses into Brazil. The Japurá floods in May.",
            {"Caquetá River": "LOC", "Japurá": "LOC", "Brazil": "GPE"},
            ("Caquetá River", "Japurá"),
        ),
    ],
)
def test_the_name_a_people_knows_a_thing_by_is_that_things(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Shares in the firm rose on Borsa Istanbul on Monday.", "Borsa Istanbul", "GPE"),
        ("Labe Cargo, the largest barge operator, said it would wait.", "Labe Cargo", "PERSON"),
        ("The deal values Nilüfer Otomotiv at $300 million.", "Nilüfer Otomotiv", "GPE"),
    ],
)
def test_an_exchange_or_a_firm_named_by_its_head_in_another_language_is_a_body(
    text: str, name: str, label: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {name: label}, gazetteer)[name] == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lacquer makers in Ishikawa Prefecture lost their workshops.", "Ishikawa Prefecture"),
        ("The lake lies near Schirmacher Oasis, 100 km from the coast.", "Schirmacher Oasis"),
    ],
)
def test_a_prefecture_or_an_oasis_is_a_place(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert types_of(text, {name: "ORG"}, gazetteer)[name] == "PLACE"
