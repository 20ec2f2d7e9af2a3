"""Round 70's rule, on small invented articles written in ordinary news style and run
through the real model: a glacier or a dam called by its name alone ("Denman" of the
"Denman Glacier", "Polihali" of the "Polihali Dam"), unless the name is a town the
gazetteer knows ("Gaborone" and the "Gaborone Dam")."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import enrich, one_entity, same


def test_a_glacier_called_by_its_name_alone(enricher: Enricher) -> None:
    body = (
        "Scientists flew over the Denman Glacier in January. Denman is losing ice faster"
        " than any glacier in East Antarctica, said Dr Jane Holt."
    )
    glacier = same(enrich(enricher, body), "Denman Glacier", "Denman")
    assert glacier.type == "PLACE"


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
