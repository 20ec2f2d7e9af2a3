"""Round 66's rule, on small invented articles written in ordinary news style and run
through the real model: yet more of the ways English news says a thing's other name. What
it is known as on a side or during an era ("the Panj River, known on the Afghan side as the
Pyanj"); what it is still called ("Musanze, still widely called Ruhengeri, its name until
2006"); a short form it is often shortened to ("Tetouan, often shortened to Tettawen"); and
the name a person also uses, after the age ("Wong Ka-ming, 34, who also uses the English
name Kevin Wong")."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from tests.unit.enrich.linking_helpers import enrich, same


def test_what_a_river_is_known_as_on_one_side(enricher: Enricher) -> None:
    body = (
        "The Panj River, known on the Afghan side as the Pyanj, floods in spring. The Pyanj is"
        " wide here."
    )
    river = same(enrich(enricher, body), "Panj River", "Pyanj")
    assert river.type == "PLACE"


def test_what_a_town_is_still_called(enricher: Enricher) -> None:
    body = (
        "Musanze, still widely called Ruhengeri, its name until 2006, sits below the volcanoes."
        " Hotels in Ruhengeri are full."
    )
    town = same(enrich(enricher, body), "Musanze", "Ruhengeri")
    assert town.type == "PLACE"


def test_what_a_town_is_often_shortened_to(enricher: Enricher) -> None:
    body = (
        "Tetouan, often shortened to Tettawen, was founded in 1471. Tettawen draws tourists"
        " to its medina."
    )
    town = same(enrich(enricher, body), "Tetouan", "Tettawen")
    assert town.type == "PLACE"


def test_the_english_name_a_person_also_uses_after_the_age(enricher: Enricher) -> None:
    body = (
        "His nephew, Wong Ka-ming, 34, who also uses the English name Kevin Wong, was jailed."
        " Kevin Wong had taken orders online."
    )
    person = same(enrich(enricher, body), "Wong Ka-ming", "Kevin Wong")
    assert person.type == "PERSON"
