"""Round 29's rules, on small invented sentences written in ordinary news style: a
surname that opens with its particles, or holds letters with diacritics, and an empire."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.cleaning import name_pieces
from tests.unit.enrich.linking_helpers import found_mentions, types_of


@pytest.mark.parametrize(
    ("text", "tagged", "surname"),
    [
        ("Justice de Beaupré wrote that the harm was clear.", "Justice de Beaupré", "de Beaupré"),
        ("Mr van der Berg's lawyer said he would appeal.", "Mr van der Berg", "van der Berg"),
    ],
)
def test_a_surname_that_opens_with_its_particles_keeps_them_when_its_title_goes(
    text: str, tagged: str, surname: str
) -> None:
    start = text.index(tagged)
    pieces = name_pieces(text, start, start + len(tagged), "PERSON")
    assert [text[a:b] for a, b in pieces] == [surname]


def test_a_surname_with_diacritics_alone_after_a_title_finds_its_person(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Justice Anne-Marie de Beaupré ruled on Tuesday. Justice de Beaupré wrote that "
        "the harm was clear."
    )
    names = [("Anne-Marie de Beaupré", "PERSON")]  # the second use untagged
    assert "de Beaupré" in found_mentions(text, names, gazetteer)


def test_particles_after_a_number_name_no_one(gazetteer: Gazetteer) -> None:
    text = "Traffic stopped on Avenida 18 de Julio. The march went on to the port."
    assert found_mentions(text, [("de Julio", "PERSON")], gazetteer) == set()


def test_an_empire_is_a_place(gazetteer: Gazetteer) -> None:
    text = "The manuscripts were taken when the Ottoman Empire fell, the library said."
    assert types_of(text, {"Ottoman Empire": "ORG"}, gazetteer)["Ottoman Empire"] == "PLACE"
