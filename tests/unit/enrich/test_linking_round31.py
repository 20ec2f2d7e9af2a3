"""Round 31's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "full", "surname"),
    [
        (
            "The defender Jon Ander Ugarte was booked. Then came a long ball from Ugarte.",
            "Jon Ander Ugarte",
            "Ugarte",
        ),
        ("Kian Farahani finished third. The prize went to Farahani.", "Kian Farahani", "Farahani"),
    ],
)
def test_a_surname_taken_from_or_to_but_put_nowhere_is_the_person(
    text: str, full: str, surname: str, gazetteer: Gazetteer
) -> None:
    labels = {full: "PERSON", surname: "GPE"}
    assert one_entity(text, labels, (full, surname), gazetteer)


def test_a_surname_the_article_puts_something_in_stays_apart(gazetteer: Gazetteer) -> None:
    text = "Ana Ugarte spoke first. Flooding hit homes in Ugarte overnight."
    labels = {"Ana Ugarte": "PERSON", "Ugarte": "GPE"}
    assert not one_entity(text, labels, ("Ana Ugarte", "Ugarte"), gazetteer)
