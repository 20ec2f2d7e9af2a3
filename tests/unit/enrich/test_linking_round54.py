"""Round 54's rule, on small invented sentences written in ordinary news style: honorifics
that are no part of a name (Cambodian, Tswana, Iban, Burmese, an Aboriginal elder's, the
pilgrim's), and a language said as one by what is spoken, written or meant in it."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import found_mentions, typed


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        (
            "The firm is owned by Oknha Sok Pisey, who bought it in 2019.",
            "Oknha Sok Pisey",
            "Sok Pisey",
        ),
        (
            "The chief, Kgosi Tebogo Sekwale, told the court the herd was his.",
            "Kgosi Tebogo Sekwale",
            "Tebogo Sekwale",
        ),
        (
            "Before the start, Uncle Ray Wanganeen performed a welcome to country.",
            "Uncle Ray Wanganeen",
            "Ray Wanganeen",
        ),
        (
            "The trader, Haji Karim Dad Baloch, said the border had been shut for a week.",
            "Haji Karim Dad Baloch",
            "Karim Dad Baloch",
        ),
        (
            "The longhouse chief, Tuai Rumah Ngumbang anak Jalong, said the land was theirs.",
            "Tuai Rumah Ngumbang anak Jalong",
            "Ngumbang anak Jalong",
        ),
        (
            "In Myanmar, a volunteer, Ko Zaw Lin Htike, said the road had been shut.",
            "Ko Zaw Lin Htike",
            "Zaw Lin Htike",
        ),
        (
            "The Burmese army shelled the village, said Ma Nandar Aye, 31, a teacher.",
            "Ma Nandar Aye",
            "Nandar Aye",
        ),
    ],
    ids=["Oknha", "Kgosi", "Uncle", "Haji", "Tuai Rumah", "Ko in Myanmar", "Ma in Myanmar"],
)
def test_an_honorific_is_no_part_of_the_name(
    text: str, tagged: str, name: str, gazetteer: Gazetteer
) -> None:
    assert name in found_mentions(text, [(tagged, "PERSON")], gazetteer)
    assert tagged not in found_mentions(text, [(tagged, "PERSON")], gazetteer)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("Councillor Ko Mi-rae said the second airport would ruin the coast.", "Ko Mi-rae"),
        ("The panda keeper, Ma Junwei, said the cub had learnt to climb.", "Ma Junwei"),
        ("The minister, Azman bin Haji Yusof, opened the bridge.", "Azman bin Haji Yusof"),
    ],
    ids=["Korean family name Ko", "Chinese family name Ma", "Haji inside a name"],
)
def test_a_name_that_only_looks_titled_keeps_its_word(
    text: str, tagged: str, gazetteer: Gazetteer
) -> None:
    assert tagged in found_mentions(text, [(tagged, "PERSON")], gazetteer)


def test_an_honorific_alone_is_nobodys_name(gazetteer: Gazetteer) -> None:
    text = "Tuai Rumah is the Iban title for a longhouse chief."
    assert not found_mentions(text, [("Tuai Rumah", "PERSON")], gazetteer)


@pytest.mark.parametrize(
    ("text", "names", "language"),
    [
        (
            "The minister, speaking in Tigrinya, thanked the farmers. Tigrinya is taught in"
            " every school, and Tigrinya has its own script. His mother wrote her letters in"
            " Tigrinya, he said.",
            [("Tigrinya", "GPE")] * 4,
            "Tigrinya",
        ),
        (
            'The port of Adwani, whose name means "the landing" in Swahili, handles most of'
            " the fish.",
            [("Adwani", "GPE"), ("Swahili", "GPE")],
            "Swahili",
        ),
        (
            "The new law still leaves out speakers of Kelvani, Dorish and Urdu, he said.",
            [("Kelvani", "GPE"), ("Dorish", "GPE"), ("Urdu", "GPE")],
            "Dorish",
        ),
    ],
    ids=["spoken in it, then in it", "means in it", "speakers of a list"],
)
def test_a_language_said_as_one_is_no_place(
    text: str, names: list[tuple[str, str]], language: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, names, gazetteer).get(language) not in ("PLACE", "ORG", "PERSON")


@pytest.mark.parametrize(
    ("text", "names", "place"),
    [
        (
            'The band played "Red Hill" in Taldoro, and the fans in Taldoro sang along.',
            [("Red Hill", "WORK_OF_ART"), ("Taldoro", "GPE"), ("Taldoro", "GPE")],
            "Taldoro",
        ),
        (
            "Floods cut the roads in Pampanga. Farmers in Pampanga lost their rice.",
            [("Pampanga", "GPE"), ("Pampanga", "GPE")],
            "Pampanga",
        ),
    ],
    ids=["a quotation, then a place", "a province named as a language is"],
)
def test_a_place_after_in_stays_a_place(
    text: str, names: list[tuple[str, str]], place: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, names, gazetteer)[place] == "PLACE"


def test_speaking_of_a_name_is_no_language(gazetteer: Gazetteer) -> None:
    text = "The minister, speaking of Okonjo, said Okonjo had done well by the port."
    names = [("Okonjo", "PERSON"), ("Okonjo", "PERSON")]
    assert typed(text, names, gazetteer)["Okonjo"] == "PERSON"
