"""Round 60's rule, on small invented sentences written in ordinary news style: the names
of one well-known body that news uses side by side are one organisation, as
known_organisations.json lists them ("MSF" and "Doctors Without Borders", "the Houthis"
and "Ansar Allah"); and such a body's own name is no short form of one of its missions."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Médecins Sans Frontières said its clinic in Bentiu had run out of fuel. Doctors"
            " Without Borders has worked in the town since 2014.",
            {"Médecins Sans Frontières": "ORG", "Doctors Without Borders": "ORG", "Bentiu": "GPE"},
            ("Médecins Sans Frontières", "Doctors Without Borders"),
        ),
        (
            "The Houthis fired two drones at the port on Monday. Ansar Allah, as the movement"
            " calls itself, said the strike was a warning.",
            {"Houthis": "NORP", "Ansar Allah": "PERSON"},
            ("Houthis", "Ansar Allah"),
        ),
        (
            "Aid workers fled into a United Nations camp on Sunday. The UN said it would send"
            " more food.",
            {"United Nations": "ORG", "UN": "ORG"},
            ("United Nations", "UN"),
        ),
    ],
    ids=["english and french names", "own name and the one others give", "initials"],
)
def test_one_well_known_bodys_names_are_one_organisation(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The IMF cut its growth forecast. The World Bank said it would lend more.",
            {"IMF": "ORG", "World Bank": "ORG"},
            ("IMF", "World Bank"),
        ),
        (
            "Families fled into a United Nations camp. The United Nations Mission in South"
            " Sudan said 6,000 people had arrived, and the UN asked for more tents.",
            {"United Nations": "ORG", "United Nations Mission in South Sudan": "ORG", "UN": "ORG"},
            ("United Nations", "United Nations Mission in South Sudan"),
        ),
    ],
    ids=["two bodies", "a body and its mission"],
)
def test_other_bodies_stay_apart(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
