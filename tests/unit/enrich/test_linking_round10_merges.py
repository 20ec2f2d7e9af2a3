"""Round 10's alias merges, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import entity_of


def test_a_division_the_gazetteer_does_not_know_is_named_by_its_first_word(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Flooding closed roads across Tchefuncte Parish on Monday. Officials in Tchefuncte"
        " said the levee held."
    )
    names = [("Tchefuncte Parish", "GPE"), ("Tchefuncte", "GPE")]
    entity = entity_of(text, names, "Tchefuncte", gazetteer)
    assert "Tchefuncte Parish" in entity.forms


def test_a_dateline_names_the_town_not_its_county(gazetteer: Gazetteer) -> None:
    text = "WELLOWAY - Voters in Welloway County rejected the levy. Welloway itself backed it."
    names = [("WELLOWAY", "GPE"), ("Welloway County", "GPE"), ("Welloway", "GPE")]
    document_entity = entity_of(text, names, "Welloway County", gazetteer)
    assert "WELLOWAY" not in document_entity.forms
