"""Round 64's rule, on small invented articles written in ordinary news style and run
through the real model: a name on its own that two people's full names hold is the one
person the article had named before it ("Zhao trained as a potter", after "Zhao Lin" and
before her father "Zhao Guoqiang"); and a name's other name after what it is, then "that
was" or "which was" ("Vestkraft Energy, the Danish power group that was called Jyske
Elselskab until 2017")."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import enrich, holding, one_entity, same


def test_a_family_name_alone_is_the_one_person_named_before_it(enricher: Enricher) -> None:
    body = (
        '"Every bowl was thrown by hand," said Zhao Lin, 38, who runs the workshop.\n\n'
        "Zhao trained as a potter at the city's art school before the factories closed. Her"
        " father, Zhao Guoqiang, 71, spent four decades as a glaze maker."
    )
    enriched = enrich(enricher, body)
    person = same(enriched, "Zhao Lin", "Zhao")
    assert person.type == "PERSON"
    assert holding(enriched, "Zhao Guoqiang").name != person.name


def test_an_old_name_after_what_the_firm_is_and_that_was_called(gazetteer: Gazetteer) -> None:
    # on the mentions as the model would tag them: whether it tags this invented firm's old
    # name a body's or a person's moves with each retraining, and a person's is no other name
    text = (
        "The largest single blow came from Vestkraft Energy, the Danish power group that was"
        " called Jyske Elselskab until 2017. Jyske Elselskab had built coal plants, and"
        " Vestkraft Energy now builds wind farms."
    )
    labels = {"Vestkraft Energy": "ORG", "Jyske Elselskab": "ORG"}
    assert one_entity(text, labels, ("Vestkraft Energy", "Jyske Elselskab"), gazetteer)


def test_an_old_name_after_what_the_firm_is_and_which_was_known_as(enricher: Enricher) -> None:
    body = (
        "Shares in Halvorsen Marine, the Norwegian shipbuilder which was known as Bergen Verft"
        " until 2015, fell 4%. Bergen Verft had built ferries."
    )
    firm = same(enrich(enricher, body), "Halvorsen Marine", "Bergen Verft")
    assert firm.type == "ORG"
