"""Round 69's rule, on small invented articles written in ordinary news style and run
through the real model: a body's other name after what it is, with no comma between, when
what it is is said in lower-case words alone ("Nordvik Energi, the state power company known
until 2019 as Nordvik Kraft"), never past a preposition, where the name may be another
thing's; and what a short name is short for ("Petronor, short for Petróleos del Norte")."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from tests.unit.enrich.linking_helpers import enrich, same


def test_an_old_name_after_what_the_body_is_with_no_comma(enricher: Enricher) -> None:
    body = (
        "Nordvik Energi, the state power company known until 2019 as Nordvik Kraft, is"
        " building two wind farms. Nordvik Kraft had run the coal plant since 1961."
    )
    company = same(enrich(enricher, body), "Nordvik Energi", "Nordvik Kraft")
    assert company.type == "ORG"


def test_what_a_short_name_is_short_for(enricher: Enricher) -> None:
    body = (
        "The state oil company Petronor, short for Petróleos del Norte, holds half the field."
        " Petronor said output would double."
    )
    company = same(enrich(enricher, body), "Petronor", "Petróleos del Norte")
    assert company.type == "ORG"
