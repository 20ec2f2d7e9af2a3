"""Round 51's rule, on small invented sentences written in ordinary news style: another
name said after what a thing is, after "which was known … as", and a second acronym."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Keller grew up in Varnby, the northernmost municipality in Sweden, known in Sámi"
            " as Várnna, on the border with Norway. Várnna has 1,200 people.",
            {"Varnby": "GPE", "Sweden": "GPE", "Várnna": "GPE", "Norway": "GPE"},
            ("Varnby", "Várnna"),
        ),
        (
            "The firm takes its name from the Teno, the western branch of the Ralle, known in"
            " English as the Tenna, which flows past its mill. The Tenna floods each year.",
            {"Teno": "LOC", "Ralle": "LOC", "Tenna": "LOC"},
            ("Teno", "Tenna"),
        ),
        (
            "The law was debated in Holm, the cantonal capital, known in Romansh as Holmaun."
            " Holmaun voted for it.",
            {"Holm": "GPE", "Holmaun": "GPE"},
            ("Holm", "Holmaun"),
        ),
        (
            "Plots lie along the Sarda River, which is known further downstream as the"
            " Kalimeru. The Kalimeru floods in March.",
            {"Sarda River": "LOC", "Kalimeru": "LOC"},
            ("Sarda River", "Kalimeru"),
        ),
        (
            "Tarrakin, which was known for more than a century as Mount Hollis, was given a"
            " dual name in 1993. Climbers still say Mount Hollis.",
            {"Tarrakin": "LOC", "Mount Hollis": "LOC"},
            ("Tarrakin", "Mount Hollis"),
        ),
        (
            "The Coastal People's Party, known by its Swedish initials KFP and its Finnish"
            " initials RKV, backed the bill. RKV has nine seats.",
            {"Coastal People's Party": "ORG", "KFP": "ORG", "RKV": "ORG"},
            ("Coastal People's Party", "RKV"),
        ),
    ],
    ids=[
        "a description ending on a place",
        "a description ending on a river",
        "a description with no name",
        "which is known further as",
        "which was known for a century as",
        "a second acronym",
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
            "Keller grew up in Varnby, the northernmost municipality in Sweden, known in Sámi"
            " as Várnna, on the border with Norway.",
            {"Varnby": "GPE", "Sweden": "GPE", "Várnna": "GPE", "Norway": "GPE"},
            ("Sweden", "Várnna"),
        ),
        (
            "The firm is named after the Kelani Oya, the river that rises on Mount Tessa,"
            " known to pilgrims as Sri Tessa, and flows past its estates.",
            {"Kelani Oya": "LOC", "Mount Tessa": "LOC", "Sri Tessa": "LOC"},
            ("Kelani Oya", "Sri Tessa"),
        ),
        (
            "The agency works with Brenland, the Regional Fisheries Board, known as the"
            " Fisheries Board, on quotas.",
            {"Brenland": "GPE", "Regional Fisheries Board": "ORG", "Fisheries Board": "ORG"},
            ("Brenland", "Fisheries Board"),
        ),
    ],
    ids=[
        "not the place the description ends on",
        "after a relative clause",
        "a description that is a name",
    ],
)
def test_a_name_that_is_not_the_others_stays_apart(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
