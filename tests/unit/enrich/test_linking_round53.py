"""Round 53's rule, on small invented sentences written in ordinary news style: what
people call a place, a name it had until a date, a common noun said to be known by a name,
and an acronym in two languages."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The money will go to the old centre of Porto Vell, which many islanders still"
            " call Ciutadella. Ciutadella gets most of the visitors.",
            {"Porto Vell": "GPE", "Ciutadella": "GPE"},
            ("Porto Vell", "Ciutadella"),
        ),
        (
            "About 6,300 fans filled the Harbour Arena, which was called the Dockhalle until a"
            " brewery bought the naming rights. The Dockhalle opened in 2001.",
            {"Harbour Arena": "FAC", "Dockhalle": "FAC"},
            ("Harbour Arena", "Dockhalle"),
        ),
        (
            "The Heritage Service of Norland, which until 2021 was called the Monuments"
            " Board, said the gates would be fitted. The Monuments Board had opposed them.",
            {"Heritage Service of Norland": "ORG", "Monuments Board": "ORG"},
            ("Heritage Service of Norland", "Monuments Board"),
        ),
        (
            "The bridge crosses the Kessock River at Dalby. The river is known locally as the"
            " Tea River for its brown water. The Tea River floods each spring.",
            {"Kessock River": "LOC", "Dalby": "GPE", "Tea River": "LOC"},
            ("Kessock River", "Tea River"),
        ),
        (
            "The dam on the Marro Stream raises the water in the stream, which is also known"
            " as the Kell Water, whenever it rains. The Kell Water floods in July.",
            {"Marro Stream": "LOC", "Kell Water": "LOC"},
            ("Marro Stream", "Kell Water"),
        ),
        (
            "The work was done by the Royal Institute for Old Paintings, known by its Dutch"
            " and French initials KOS-IRPO, in Brussels. KOS-IRPO took three years.",
            {"Royal Institute for Old Paintings": "ORG", "KOS-IRPO": "ORG"},
            ("Royal Institute for Old Paintings", "KOS-IRPO"),
        ),
    ],
    ids=[
        "which many people still call",
        "called until an event",
        "until a year was called",
        "the noun is known locally as",
        "the noun, which is also known as",
        "initials in two languages",
    ],
)
def test_another_name_said_outright_is_the_same_entity(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Flooding hit the Kessock River and the Dalby Council. The council is known"
            " locally as the Tea Board.",
            {"Kessock River": "LOC", "Dalby Council": "ORG", "Tea Board": "ORG"},
            ("Kessock River", "Tea Board"),
        ),
    ],
    ids=["another noun's name"],
)
def test_a_name_that_is_not_the_others_stays_apart(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
