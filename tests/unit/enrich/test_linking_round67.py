"""Round 67's rule, on small invented articles written in ordinary news style and run
through the real model: a company's legal form as more countries write it ("EOOD", a
Bulgarian single-owner company; "SRL", "Kft"), which a short form drops and which makes the
name a company's, not a person's."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import enrich, linked, mentioned, same


def test_a_bulgarian_company_without_its_legal_form(enricher: Enricher) -> None:
    body = (
        "Dunav Ribolov EOOD, a fishing company based in Ruse, was fined on Monday for"
        " overfishing sturgeon. Dunav Ribolov said it would appeal."
    )
    company = same(enrich(enricher, body), "Dunav Ribolov EOOD", "Dunav Ribolov")
    assert company.type == "ORG"


def test_a_romanian_company_is_a_company(enricher: Enricher) -> None:
    body = (
        "Police raided Carpati Lemn SRL, a timber firm, on Tuesday. Carpati Lemn denied any"
        " wrongdoing."
    )
    company = same(enrich(enricher, body), "Carpati Lemn SRL", "Carpati Lemn")
    assert company.type == "ORG"


def test_a_hungarian_company_without_its_legal_form(gazetteer: Gazetteer) -> None:
    # on the mentions as the model would tag them: round 71's retrained weights cut the
    # firm's first word off its full name ("Gabona Kft"), and the rule reads the full name
    text = (
        "Tisza Gabona Kft, a grain trader from Szeged, was fined on Monday. Tisza Gabona said"
        " it would appeal."
    )
    labels = {"Tisza Gabona Kft": "ORG", "Tisza Gabona": "PERSON", "Szeged": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Tisza Gabona Kft"] is entities["Tisza Gabona"]
    assert entities["Tisza Gabona"].type == "ORG"
