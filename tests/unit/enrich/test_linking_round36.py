"""Round 36's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from tests.unit.enrich.linking_helpers import enrich, holding, one_entity, typed


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


@pytest.mark.parametrize("name", ["Rabobank", "Maybank", "Camrail", "Safaricom"])
def test_a_one_word_name_ending_in_a_firms_trade_is_a_body(name: str, gazetteer: Gazetteer) -> None:
    text = f"{name} said on Monday that profits had doubled."
    assert typed(text, [(name, "GPE")], gazetteer) == {name: "ORG"}


@pytest.mark.parametrize("name", ["Ebank", "Dicom"])
def test_a_name_too_short_to_hold_a_trade_says_nothing(name: str) -> None:
    assert head_type(name) is None
