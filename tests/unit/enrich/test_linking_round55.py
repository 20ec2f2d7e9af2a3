"""Round 55's rule, on small invented sentences written in ordinary news style: more
honorifics that are no part of a name, and a language the CLDR does not list, once the
article uses it as one."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import found_mentions, typed


@pytest.mark.parametrize(
    ("text", "tagged", "label", "name"),
    [
        (
            "The village chief, Hadji Ismael Tanjili, said the families had fled.",
            "Hadji Ismael Tanjili",
            "PERSON",
            "Ismael Tanjili",
        ),
        (
            "The district governor, Mawlawi Abdul Karim Safi, denied the report.",
            "Mawlawi Abdul Karim Safi",
            "PERSON",
            "Abdul Karim Safi",
        ),
        (
            "The king, Oba Adewale Ogunbiyi, opened the market on Monday.",
            "Oba Adewale Ogunbiyi",
            "PERSON",
            "Adewale Ogunbiyi",
        ),
        (
            '"We crossed at night," said Abbé Firmin Yakité, a priest from the parish.',
            "Abbé Firmin Yakité",
            "PERSON",
            "Firmin Yakité",
        ),
        (
            "He is not related to Corporal Tomás Iriarte, a mechanic at the base.",
            "Corporal Tomás Iriarte",
            "ORG",
            "Tomás Iriarte",
        ),
        (
            "In Myanmar's Chin State, Salai Van Bik Thang said the bridge was gone.",
            "Salai Van Bik Thang",
            "PERSON",
            "Van Bik Thang",
        ),
    ],
    ids=["Hadji", "Mawlawi", "Oba", "Abbé", "Corporal, tagged a body", "Salai in Myanmar"],
)
def test_an_honorific_is_no_part_of_the_name(
    text: str, tagged: str, label: str, name: str, gazetteer: Gazetteer
) -> None:
    found = found_mentions(text, [(tagged, label)], gazetteer)
    assert name in found
    assert tagged not in found


def test_a_given_name_that_is_a_title_elsewhere_stays(gazetteer: Gazetteer) -> None:
    text = "The minister, Malam Na Sambú, visited the port of Bissau."
    assert "Malam Na Sambú" in found_mentions(text, [("Malam Na Sambú", "PERSON")], gazetteer)


@pytest.mark.parametrize(
    ("text", "names", "language"),
    [
        (
            "The labels on the walls are in Tzeltani and Spanish. Tzeltani has no word for"
            " it, Tzeltani is taught in the village school and the songs are in Tzeltani.",
            [("Tzeltani", "GPE")] * 4,
            "Tzeltani",
        ),
        (
            "Tzeltani speakers call the town Balunka. Tzeltani is spoken by 400,000 people.",
            [("Tzeltani", "GPE"), ("Balunka", "GPE"), ("Tzeltani", "GPE")],
            "Tzeltani",
        ),
    ],
    ids=["listed with a language", "its speakers call"],
)
def test_a_language_the_cldr_does_not_list_is_no_place(
    text: str, names: list[tuple[str, str]], language: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, names, gazetteer)[language] not in ("PLACE", "ORG", "PERSON")


def test_a_product_with_speakers_is_no_language(gazetteer: Gazetteer) -> None:
    text = "The shop sells Voxari speakers. Voxari said sales rose."
    names = [("Voxari", "ORG"), ("Voxari", "ORG")]
    assert typed(text, names, gazetteer)["Voxari"] == "ORG"
