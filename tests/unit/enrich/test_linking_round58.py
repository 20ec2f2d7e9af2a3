"""Round 58's rule, on small invented sentences written in ordinary news style: an
archipelago or a range called by the plural of its first word in "-y" ("the Canaries" of
the "Canary Islands")."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Boats left Nouadhibou for the Canary Islands on Monday. Arrivals in the Canaries"
            " have doubled this year.",
            {"Nouadhibou": "GPE", "Canary Islands": "GPE", "Canaries": "GPE"},
            ("Canary Islands", "Canaries"),
        ),
        (
            "Snow closed passes across the Rocky Mountains overnight. Ski resorts in the"
            " Rockies said they would open on Friday.",
            {"Rocky Mountains": "LOC", "Rockies": "LOC"},
            ("Rocky Mountains", "Rockies"),
        ),
    ],
    ids=["islands", "mountains"],
)
def test_a_group_called_by_the_plural_of_its_first_word_is_the_same_place(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Ally Bank raised its savings rate on Monday. The Allies had landed in Normandy"
            " 80 years earlier, a historian said.",
            {"Ally Bank": "ORG", "Allies": "NORP"},
            ("Ally Bank", "Allies"),
        ),
        (
            "The Cherry Hills estate was sold in May. Cherries from the valley sell well.",
            {"Cherry Hills": "GPE", "Cherries": "ORG"},
            ("Cherry Hills", "Cherries"),
        ),
    ],
    ids=["a firm named with the singular", "not an archipelago or a range"],
)
def test_a_plural_in_ies_of_anything_else_stays_apart(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
