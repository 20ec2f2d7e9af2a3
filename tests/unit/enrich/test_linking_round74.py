"""Round 74's rule, on small invented articles written in ordinary news style: a name the
article says is a name in another language is whole to the end of its clause, its
lower-case words too, and one entity with the name it is another name of; not where the
clause goes on past the name in English ("until 1990", "or Kapo")."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import enrich, found_mentions, same


def test_a_courts_name_in_its_own_language_is_whole(enricher: Enricher) -> None:
    body = (
        "The Court of First Instance, known in Dutch as the Gerecht in Eerste Aanleg, found"
        " that Edwin Lacle, 55, had taken bribes. The Gerecht in Eerste Aanleg sits in"
        " Oranjestad."
    )
    court = same(enrich(enricher, body), "Court of First Instance", "Gerecht in Eerste Aanleg")
    assert court.type == "ORG"


def test_a_name_whose_model_pieces_end_in_a_lower_case_word_is_whole(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Umeå District Court, known in Swedish as Umeå tingsrätt, gave the owner a suspended"
        " sentence."
    )
    names = [("Umeå District Court", "ORG"), ("Umeå", "GPE")]
    assert found_mentions(text, names, gazetteer) == {"Umeå District Court", "Umeå tingsrätt"}


def test_a_clause_that_goes_on_in_english_is_left_as_tagged(gazetteer: Gazetteer) -> None:
    text = (
        "Kozhikode, known in English as Calicut until 1990, is a port. The Internal"
        " Security Service, known in Estonian as Kaitsepolitsei or Kapo, said so."
    )
    names = [
        ("Kozhikode", "GPE"),
        ("Calicut", "GPE"),
        ("Internal Security Service", "ORG"),
        ("Kaitsepolitsei", "ORG"),
        ("Kapo", "ORG"),
    ]
    assert found_mentions(text, names, gazetteer) == {name for name, _ in names}
