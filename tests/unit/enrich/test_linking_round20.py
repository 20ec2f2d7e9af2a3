"""Round 20's rule, on small invented sentences written in ordinary news style: a capital
standing for its government."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.document import Span
from tests.unit.enrich.linking_helpers import article_of, one_entity, types_of


def _first_use(text: str, name: str) -> Span:
    start = text.index(name)
    return article_of(text).span((start, start + len(name)), "GPE")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the cable was cut on Sunday. Moscow has not commented.",
        "Moscow insists the talks are over, a spokesman said on Monday.",
        "Officials said the terms were fair, and Beijing's delegation would study them.",
        "The territory asked for 20 nurses and called on Ottawa to send a mobile X-ray unit.",
        "The troops were deployed under a bilateral agreement with Maputo in 2021.",
        "The party, which is backed by Belgrade, walked out of the council.",
        "His lawyer said he had only followed instructions from Nairobi.",
        "Prices rose after Washington imposed tariffs on aluminium this year.",
    ],
)
def test_a_capital_that_acts_or_is_asked_is_its_government(text: str, gazetteer: Gazetteer) -> None:
    capital = next(
        c
        for c in ("Moscow", "Beijing", "Ottawa", "Maputo", "Belgrade", "Nairobi", "Washington")
        if c in text
    )
    assert _first_use(text, capital).governs
    assert types_of(text, {capital: "GPE"}, gazetteer)[capital] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        # also somewhere: one place, whatever else the article says of it
        "Moscow has not commented. Talks will resume in Moscow next week.",
        # a dateline files the story there
        "Cable cut\n\nHELSINKI — Helsinki said it was sending investigators.",
        # only somewhere
        "The minister flew to Tokyo on Monday and met investors in Osaka.",
    ],
)
def test_a_capital_the_article_puts_anything_in_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    capital = next(c for c in ("Moscow", "Helsinki", "Tokyo") if c in text)
    labels = (
        {capital: "GPE", capital.upper(): "GPE"} if capital.upper() in text else {capital: "GPE"}
    )
    assert types_of(text, labels, gazetteer)[capital] == "PLACE"


def test_a_big_city_that_is_no_capital_is_not_read_as_a_government(gazetteer: Gazetteer) -> None:
    text = "Water use is rising, and Mumbai has already cut supply to its suburbs."
    assert types_of(text, {"Mumbai": "GPE"}, gazetteer)["Mumbai"] == "PLACE"


def test_the_capital_of_the_netherlands_after_in_is_where_something_is() -> None:
    """ "in The Hague": the capitalised article of the name does not hide the "in"."""
    text = "She told reporters in The Hague that the curbs would stay."
    start = text.index("Hague")
    assert article_of(text).span((start, start + len("Hague")), "GPE").locative


@pytest.mark.parametrize("names", [["New Delhi", "Ottawa", "Kyiv"], ["Moscow"]])
def test_capitals_are_known_by_name(names: list[str], gazetteer: Gazetteer) -> None:
    assert gazetteer.is_capital(names)
    assert not gazetteer.is_capital(["Mumbai", "Santa Cruz", "Toronto"])


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "The motion was proposed by Declan Ó Briain on Monday. Ó Briain said the lane "
            "would be finished by spring.",
            ("Declan Ó Briain", "Ó Briain"),
        ),
        (
            "Siobhán Ó Conghaile-Burke chairs the committee. Ms Ó Conghaile-Burke said the "
            "plan was sound.",
            ("Siobhán Ó Conghaile-Burke", "Ó Conghaile-Burke"),
        ),
        (
            "The winner was Áine Ní Bhriain of Galway. Ní Bhriain said she was delighted.",
            ("Áine Ní Bhriain", "Ní Bhriain"),
        ),
    ],
)
def test_an_irish_surname_alone_keeps_its_first_word_and_is_the_person(
    text: str, forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    labels = {forms[0]: "PERSON", forms[1]: "PERSON"}
    assert one_entity(text, labels, forms, gazetteer)


def test_the_irish_word_does_not_make_two_people_with_one_surname_one(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Declan Ó Briain and his sister Nuala Ó Briain spoke. Declan Ó Briain said the "
        "lane was late."
    )
    labels = {"Declan Ó Briain": "PERSON", "Nuala Ó Briain": "PERSON"}
    assert not one_entity(text, labels, ("Declan Ó Briain", "Nuala Ó Briain"), gazetteer)


def test_a_body_in_the_capital_acts_not_the_capital(gazetteer: Gazetteer) -> None:
    text = "Prosecutors from the National Prosecutor's Office in Warsaw had asked for six years."
    assert not _first_use(text, "Warsaw").governs
    assert types_of(text, {"Warsaw": "GPE"}, gazetteer)["Warsaw"] == "PLACE"
