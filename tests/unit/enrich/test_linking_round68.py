"""Round 68's rule, on small invented articles written in ordinary news style and run
through the real model: a Zulu chief's title, which is no part of the name ("Inkosi Sipho
Dlamini" is Sipho Dlamini); not the Sotho chief's "Morena", which names Mexico's governing
party too."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from tests.unit.enrich.linking_helpers import enrich, same


def test_a_zulu_chiefs_title_is_no_part_of_his_name(enricher: Enricher) -> None:
    body = (
        '"You are taking a hammer to our nation," Inkosi Sipho Dlamini, a member of'
        " parliament, told the chamber. Dlamini said the party would go to court."
    )
    person = same(enrich(enricher, body), "Sipho Dlamini", "Dlamini")
    assert person.type == "PERSON"


def test_a_chief_after_his_age_and_office(enricher: Enricher) -> None:
    body = (
        "Inkosi Thulani Zungu, 67, who chairs the provincial house of traditional leaders,"
        " walked out of the meeting. Zungu said the bill ignored the chiefs."
    )
    same(enrich(enricher, body), "Thulani Zungu", "Zungu")
