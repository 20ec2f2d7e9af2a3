"""Round 36's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import enrich, holding, one_entity


def test_a_range_named_in_the_plural_stays_apart_from_a_name_in_the_singular(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Tamsin Mountain, which builds flats, won the contract. Skiers in the Tamsin "
        "Mountains said the snow came late."
    )
    labels = {"Tamsin Mountain": "ORG", "Tamsin Mountains": "LOC"}
    assert not one_entity(text, labels, ("Tamsin Mountain", "Tamsin Mountains"), gazetteer)


def test_a_filipino_surname_keeps_its_particle(enricher: Enricher) -> None:
    text = (
        '"We have waited a long time for this," said Maria Theresa dela Cruz, who runs the '
        "shelter. Ms dela Cruz said the city had promised new beds."
    )
    found = holding(enrich(enricher, text), "dela Cruz")
    assert (found.name, found.type) == ("Maria Theresa dela Cruz", "PERSON")
