"""Round 88's rule, on small invented texts written in ordinary news style: a name's other
name where the article says outright that it is one, "known by its Sámi name" (the language
or the people first), after "which is" too; and "<name>, as the <noun> is known", another
name of the last name before it whose head word is the noun ("the Fono, as the assembly is
known" of the "Legislative Assembly"), not of a name with another head word."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned


@pytest.mark.parametrize(
    ("text", "labels", "name", "other"),
    [
        (
            "The line would cross Porsanger, which is also known by its Sámi name"
            " Porsáŋgu. Herders in Porsáŋgu oppose it.",
            {"Porsanger": "GPE", "Porsáŋgu": "ORG"},
            "Porsanger",
            "Porsáŋgu",
        ),
        (
            "The port of Toliara, also known by its French name Tuléar, is busy. Tuléar"
            " has about 170,000 people.",
            {"Toliara": "GPE", "Tuléar": "PERSON"},
            "Toliara",
            "Tuléar",
        ),
        (
            "Growers sell to the Cotton Development Company of Cameroon, known by its French"
            " short name Sodecoton, which pays in March. Sodecoton said prices would rise.",
            {"Cotton Development Company of Cameroon": "ORG", "Sodecoton": "GPE"},
            "Cotton Development Company of Cameroon",
            "Sodecoton",
        ),
    ],
    ids=["which is known by its Sámi name", "its French name", "its French short name"],
)
def test_a_name_known_by_its_name_in_a_language_is_its_other_name(
    text: str, labels: dict[str, str], name: str, other: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[other] is entities[name]


@pytest.mark.parametrize(
    ("text", "labels", "name", "other"),
    [
        (
            "Samoa's Legislative Assembly passed the law on Friday. The vote in the Fono, as"
            " the assembly is known, was 40 to 5.",
            {"Samoa": "GPE", "Legislative Assembly": "ORG", "Fono": "ORG"},
            "Legislative Assembly",
            "Fono",
        ),
        (
            "Pilgrims filled St Mary's Basilica on Sunday. The Mariacki, as the basilica is"
            " known, is the city's best-known church.",
            {"St Mary's Basilica": "FAC", "Mariacki": "PERSON"},
            "St Mary's Basilica",
            "Mariacki",
        ),
    ],
    ids=["an assembly", "a basilica"],
)
def test_as_the_noun_is_known_names_the_last_name_with_that_head_word(
    text: str, labels: dict[str, str], name: str, other: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[other] is entities[name]


def test_as_the_noun_is_known_joins_no_name_with_another_head_word(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Kazakhstan's Supreme Council met on Friday. The vote in the Mazhilis, as the"
        " assembly is known, was close."
    )
    labels = {"Kazakhstan": "GPE", "Supreme Council": "ORG", "Mazhilis": "ORG"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Mazhilis"] is not entities["Supreme Council"]
