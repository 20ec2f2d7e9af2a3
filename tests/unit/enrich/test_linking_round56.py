"""Round 56's rule, on small invented sentences written in ordinary news style: what a
name's full, official or other name is ("whose full name is"), and a second other name
after "and known in … as"."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The city should wait, said Aguamar, whose full name is the Water and Sewerage"
            " Company of Puerto Lindo. Aguamar runs the pumps.",
            {"Aguamar": "ORG", "Water and Sewerage Company of Puerto Lindo": "ORG"},
            ("Aguamar", "Water and Sewerage Company of Puerto Lindo"),
        ),
        (
            "About 40,000 fans filled the Arena Baixada, whose official name is the Estádio"
            " Joaquim Portela. The Estádio Joaquim Portela was rebuilt in 2014.",
            {"Arena Baixada": "FAC", "Estádio Joaquim Portela": "FAC"},
            ("Arena Baixada", "Estádio Joaquim Portela"),
        ),
        (
            "Zezinho, whose full name is José Carlos Ribeiro da Silva, scored twice. José"
            " Carlos Ribeiro da Silva is 19.",
            {"Zezinho": "PERSON", "José Carlos Ribeiro da Silva": "PERSON"},
            ("Zezinho", "José Carlos Ribeiro da Silva"),
        ),
        (
            "The assembly met in Porto Nuevo, the state capital, whose Portuguese-era name,"
            " Porto Velho de Goa, is still used. Porto Velho de Goa has 100,000 people.",
            {"Porto Nuevo": "GPE", "Porto Velho de Goa": "GPE"},
            ("Porto Nuevo", "Porto Velho de Goa"),
        ),
        (
            "The town of Huaylas, also spelled Huailas and known in Quechua as Wayllas, sits"
            " at 2,700 metres. Wayllas has one hospital.",
            {"Huaylas": "GPE", "Huailas": "GPE", "Wayllas": "GPE"},
            ("Huaylas", "Wayllas"),
        ),
    ],
    ids=[
        "whose full name is",
        "whose official name is the",
        "a person's full name",
        "after a description, whose name in an era",
        "and known in a language as",
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
            "The prize went to Mariela Ortiz, whose mother's name is Carmen Ruiz. Carmen Ruiz"
            " was in the hall.",
            {"Mariela Ortiz": "PERSON", "Carmen Ruiz": "PERSON"},
            ("Mariela Ortiz", "Carmen Ruiz"),
        ),
    ],
    ids=["another person's name"],
)
def test_a_name_that_is_not_the_others_stays_apart(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
