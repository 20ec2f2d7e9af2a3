"""Round 35's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import enrich, holding, one_entity


def test_a_feature_named_with_the_before_a_preposition_is_the_feature(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Slums line the Tapti River in the old town. Engineers want clean water to flow "
        "through the Tapti for the first time in decades."
    )
    labels = {"Tapti River": "LOC", "Tapti": "GPE"}
    assert one_entity(text, labels, ("Tapti River", "Tapti"), gazetteer)


def test_a_name_used_with_the_as_a_modifier_stays_apart_from_the_feature(
    gazetteer: Gazetteer,
) -> None:
    text = "Fishermen worked the Kandy Lake. The Kandy people, the mayor said, would vote."
    labels = {"Kandy Lake": "LOC", "Kandy": "GPE"}
    assert not one_entity(text, labels, ("Kandy Lake", "Kandy"), gazetteer)


@pytest.mark.parametrize(
    ("text", "short", "whole"),
    [
        (
            "Barges ran aground on the Magdalena River in March. Barranquilla's port has "
            "long been hostage to the Magdalena, Colombia's biggest river, and its silt.",
            "Magdalena",
            "Magdalena River",
        ),
        (
            "Dredgers deepened the Sinú River this year. Farmers near the Sinú, the "
            "region's longest river, said the work came too late.",
            "Sinú",
            "Sinú River",
        ),
    ],
)
def test_a_feature_described_as_a_place_where_it_has_the_is_the_feature(
    text: str, short: str, whole: str, enricher: Enricher
) -> None:
    enriched = enrich(enricher, text)
    assert holding(enriched, short).name == holding(enriched, whole).name


def test_a_region_described_without_the_stays_apart_from_its_river(enricher: Enricher) -> None:
    text = (
        "Fighting spread across Colombia's Catatumbo region. A farmer from a hamlet near "
        "the Catatumbo River said soldiers had left. The Catatumbo, the army said, was calm."
    )
    enriched = enrich(enricher, text)
    assert holding(enriched, "Catatumbo").name != holding(enriched, "Catatumbo River").name
