"""Round 70's rule, on small invented articles written in ordinary news style, the model
having tagged the names given: a glacier or a dam called by its name alone ("Denman" of the
"Denman Glacier", "Polihali" of the "Polihali Dam"), unless the name is a town the
gazetteer knows ("Gaborone" and the "Gaborone Dam")."""

from __future__ import annotations

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity, types_of


def test_a_glacier_called_by_its_name_alone(gazetteer: Gazetteer) -> None:
    # Given the mentions, as the dam's test is: round 80's retrained NER no longer tags
    # "Denman" alone at the head of this sentence (round 78's did), and this tests the rule.
    text = (
        "Scientists flew over the Denman Glacier in January. Denman is losing ice faster"
        " than any glacier in East Antarctica, said Dr Jane Holt."
    )
    labels = {"Denman Glacier": "LOC", "Denman": "GPE", "East Antarctica": "LOC"}
    assert one_entity(text, labels, ("Denman Glacier", "Denman"), gazetteer)
    assert types_of(text, labels, gazetteer)["Denman"] == "PLACE"


def test_a_dam_called_by_its_name_alone(gazetteer: Gazetteer) -> None:
    text = (
        "Water from the Polihali Dam will reach Gauteng by 2028. Polihali is the largest"
        " project of its kind."
    )
    labels = {"Polihali Dam": "FAC", "Polihali": "GPE", "Gauteng": "GPE"}
    assert one_entity(text, labels, ("Polihali Dam", "Polihali"), gazetteer)


def test_a_town_the_gazetteer_knows_is_not_its_dam(gazetteer: Gazetteer) -> None:
    text = "Residents of Gaborone said the Gaborone Dam was nearly empty. Gaborone rationed water."
    labels = {"Gaborone Dam": "FAC", "Gaborone": "GPE"}
    assert not one_entity(text, labels, ("Gaborone Dam", "Gaborone"), gazetteer)
