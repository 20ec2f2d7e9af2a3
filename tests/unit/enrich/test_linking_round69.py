"""Round 69's rule, on small invented articles written in ordinary news style and run
through the real model: a body's other name after what it is, with no comma between, when
what it is is said in lower-case words alone ("Nordvik Energi, the state power company known
until 2019 as Nordvik Kraft"), never past a preposition, where the name may be another
thing's; and what a short name is short for ("Petronor, short for Petróleos del Norte")."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import enrich, one_entity, same


def test_an_old_name_after_what_the_body_is_with_no_comma(gazetteer: Gazetteer) -> None:
    # on the mentions as the model would tag them: whether it tags this invented firm's names
    # a body's or a person's moves with each retraining (round 68's weights call them a
    # person's), and the rule reads a body's or a place's other names
    text = (
        "Nordvik Energi, the state power company known until 2019 as Nordvik Kraft, is"
        " building two wind farms. Nordvik Kraft had run the coal plant since 1961."
    )
    labels = {"Nordvik Energi": "ORG", "Nordvik Kraft": "ORG"}
    assert one_entity(text, labels, ("Nordvik Energi", "Nordvik Kraft"), gazetteer)


def test_what_a_short_name_is_short_for(enricher: Enricher) -> None:
    body = (
        "The state oil company Petronor, short for Petróleos del Norte, holds half the field."
        " Petronor said output would double."
    )
    company = same(enrich(enricher, body), "Petronor", "Petróleos del Norte")
    assert company.type == "ORG"
