"""Round 49's rule, on small invented sentences written in ordinary news style: a place's
other name after "or"."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The eruption of Motuiti, or Grey Island, in 2019 killed six people. Grey Island"
            " has been closed since.",
            {"Motuiti": "LOC", "Grey Island": "LOC"},
            ("Motuiti", "Grey Island"),
        ),
        (
            "The county takes its name from the Silver Mureșel, or Mureșel Argintiu in"
            " Romanian, the river whose valley it covers. Mureșel Argintiu floods each spring.",
            {"Silver Mureșel": "LOC", "Mureșel Argintiu": "LOC"},
            ("Silver Mureșel", "Mureșel Argintiu"),
        ),
    ],
    ids=["in commas", "in a language"],
)
def test_a_places_other_name_after_or_is_the_same_place(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Traders will sell the maize to Kenya, or Uganda, where prices are higher.",
            {"Kenya": "GPE", "Uganda": "GPE"},
            ("Kenya", "Uganda"),
        ),
        (
            "Boats leave from Port Tamsin, Hollow Bay, or Grey Island, each morning.",
            {"Hollow Bay": "LOC", "Grey Island": "LOC", "Port Tamsin": "GPE"},
            ("Hollow Bay", "Grey Island"),
        ),
        (
            "The festival moves from Motuiti, or Kestrel Holdings, its sponsor, said.",
            {"Motuiti": "LOC", "Kestrel Holdings": "ORG"},
            ("Motuiti", "Kestrel Holdings"),
        ),
    ],
    ids=["two places the gazetteer knows", "a list", "a body's name after a place"],
)
def test_a_name_after_or_that_is_not_the_places_stays_apart(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
