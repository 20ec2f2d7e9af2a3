"""Round 52's rule, on small invented sentences written in ordinary news style: a common
noun, then the name it is known by, names the last name before it with that head word."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The photographs show the Kessa River at dawn. Fishermen work on the river, known"
            " in the Tarra language as the Kwenu. The Kwenu floods each August.",
            {"Kessa River": "LOC", "Kwenu": "LOC"},
            ("Kessa River", "Kwenu"),
        ),
        (
            "Tagging is run by the Coastal Fisheries Research Institute. A geneticist at the"
            " institute, known in Iceland as Hafkó, said stocks were low. Hafkó will publish"
            " the data.",
            {"Coastal Fisheries Research Institute": "ORG", "Hafkó": "ORG"},
            ("Coastal Fisheries Research Institute", "Hafkó"),
        ),
    ],
    ids=["a river", "an institute"],
)
def test_a_noun_known_by_a_name_is_the_named_thing(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The Harlow Town Council met on Monday. The gap south of the town, known as Kell"
            " Gap, will get new signs. Kell Gap is a popular walk.",
            {"Harlow Town Council": "ORG", "Kell Gap": "LOC"},
            ("Harlow Town Council", "Kell Gap"),
        ),
        (
            "Aid went through the International Group on Vaccine Supply. The group, known as"
            " Doctors Without Walls, said it would help. Doctors Without Walls runs clinics.",
            {"International Group on Vaccine Supply": "ORG", "Doctors Without Walls": "ORG"},
            ("International Group on Vaccine Supply", "Doctors Without Walls"),
        ),
    ],
    ids=["a noun that is no head word", "a noun before a name's preposition"],
)
def test_a_noun_that_heads_no_name_binds_nothing(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
