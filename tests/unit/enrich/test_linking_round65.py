"""Round 65's rule, on small invented articles written in ordinary news style and run
through the real model: more of the ways English news says a body's or a place's other
name. What its name means ("The Comandos del Sur, whose name means Southern Commandos");
a body's other name after "or" after a preposition ("according to Vecinos del Puerto, or
Neighbours of the Port, a residents' group"); and the name it is known by for a reason or
a time ("Riverside Oval, known for sponsorship reasons as Kestrel Bank Arena")."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from tests.unit.enrich.linking_helpers import enrich, same


def test_what_a_bodys_name_means_is_its_other_name(enricher: Enricher) -> None:
    body = (
        "The Comandos del Sur, whose name means Southern Commandos, was formed by former"
        " guerrillas. The Southern Commandos control the river."
    )
    group = same(enrich(enricher, body), "Comandos del Sur", "Southern Commandos")
    assert group.type == "ORG"


def test_a_bodys_other_name_after_or_after_a_preposition(enricher: Enricher) -> None:
    body = (
        "Rents have tripled, according to Vecinos del Puerto, or Neighbours of the Port, a"
        " residents' group. Vecinos del Puerto collected 6,000 signatures."
    )
    group = same(enrich(enricher, body), "Vecinos del Puerto", "Neighbours of the Port")
    assert group.type == "ORG"


def test_the_name_a_ground_is_known_by_for_sponsorship(enricher: Enricher) -> None:
    body = (
        "The Tigers play at Riverside Oval, known for sponsorship reasons as Kestrel Bank"
        " Arena, on the edge of the city. Kestrel Bank Arena holds 18,000."
    )
    ground = same(enrich(enricher, body), "Riverside Oval", "Kestrel Bank Arena")
    assert ground.type == "PLACE"
