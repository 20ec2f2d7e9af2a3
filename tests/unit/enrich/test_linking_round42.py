"""Round 42's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The winner was Ryan Tremblay. Marc Tremblay, no relation to Ryan, scored first.",
            {"Ryan Tremblay": "PERSON", "Marc Tremblay": "PERSON", "Ryan": "GPE"},
        ),
        (
            "The spinner Romario Persaud took three wickets. Kevon Persaud, who is not "
            "related to Romario, hit four sixes.",
            {"Romario Persaud": "PERSON", "Kevon Persaud": "PERSON", "Romario": "GPE"},
        ),
    ],
    ids=["no relation to", "not related to"],
)
def test_a_first_name_no_relation_to_someone_is_that_person(
    text: str, labels: dict[str, str], gazetteer: Gazetteer
) -> None:
    full, first = next(iter(labels)), list(labels)[-1]
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[full] is entities[first]
    assert entities[first].type == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Ryan Kenya, the lawyer, said the charges were not related to Kenya at all.",
        "Ryan Kenya, the lawyer, said the figure bears no relation to Kenya at all.",
    ],
    ids=["were not related to", "bears no relation to"],
)
def test_a_thing_not_related_to_a_country_leaves_the_country_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    labels = {"Ryan Kenya": "PERSON", "Kenya": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Kenya"] is not entities["Ryan Kenya"]
    assert entities["Kenya"].type == "PLACE"
