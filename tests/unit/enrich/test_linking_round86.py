"""Round 86's rule, on small invented texts written in ordinary news style: a body's first
word used alone is the body where the article names its people with it ("Tidewater's
director", "a researcher at Naturalis", "the chairman of Varden"), even where the model
calls the word a place; not a town whose mayor or streets are named, a region whose
president is, nor a site whose visitors are ("runners at Teryet")."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.body_cues import last_two, staffed
from tests.unit.enrich.linking_helpers import linked, mentioned


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        (
            "The fisherman sold the elvers to Tidewater Live Seafood, a Halifax company."
            " Daniel Boudreau, Tidewater's director, was also convicted.",
            "Tidewater Live Seafood",
            "Tidewater",
        ),
        (
            "The team was led by the Naturalis Biodiversity Center in the Netherlands."
            " Maarten Hoogendijk, a researcher at Naturalis, said the shell was old.",
            "Naturalis Biodiversity Center",
            "Naturalis",
        ),
        (
            "Lomond Mills will close its second plant. Lomond's managing director, Ann"
            " Reid, said the decision was painful.",
            "Lomond Mills",
            "Lomond",
        ),
        (
            "Varden Metals has agreed to buy the smelter. The chairman of Varden, Ole Berg,"
            " said the price was fair.",
            "Varden Metals",
            "Varden",
        ),
    ],
    ids=["its director", "a researcher at it", "its managing director", "its chairman"],
)
def test_a_bodys_first_word_with_its_people_is_the_body(
    text: str, body: str, short: str, gazetteer: Gazetteer
) -> None:
    labels = {body: "ORG", short: "GPE", "Halifax": "GPE", "Netherlands": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[short] is entities[body]
    assert entities[body].type == "ORG"


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        (
            "Tomioka Seiki will build a plant near the station. The mayor of Tomioka"
            " welcomed the plan.",
            "Tomioka Seiki",
            "Tomioka",
        ),
        (
            "Lomond Mills will close its second plant. Lomond's streets were quiet on"
            " Sunday, and shops in Lomond stayed shut.",
            "Lomond Mills",
            "Lomond",
        ),
    ],
    ids=["a town's mayor", "a town's streets"],
)
def test_a_town_with_its_mayor_or_streets_stays_apart(
    text: str, body: str, short: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, {body: "ORG", short: "GPE"}), gazetteer)
    assert entities[short] is not entities[body]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Boudreau, ", "'s director, was", True),
        ("a goal for ", "'s Argentine coach said", True),
        ("said ", "'s chief executive, who", True),
        ("a paediatrician at ", " who led", True),
        ("astronomers at ", " found", True),
        ("the director of ", ", Ole Berg", True),
        ("the mayor of ", " welcomed", False),
        ("told ", "'s president said", False),
        ("40 runners at ", " this winter", False),
        ("a curator at the ", " museum, said", False),
        ("residents of ", " said", False),
        ("a farm near ", " said", False),
        ("they drove to ", "'s old port", False),
    ],
)
def test_its_people_are_read_on_either_side_of_the_name(
    before: str, after: str, expected: bool
) -> None:
    assert staffed(last_two(before), after) is expected
