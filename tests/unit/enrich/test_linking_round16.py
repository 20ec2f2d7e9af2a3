"""Round 16's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from tests.unit.enrich.linking_helpers import found_mentions, typed


@pytest.mark.parametrize(
    ("text", "names", "language"),
    [
        (
            "Leaflets went out in Tshiluba and French across the province.",
            [("Tshiluba", "GPE"), ("French", "NORP")],
            "Tshiluba",
        ),
        (
            "The notice at the border post, in English and Amharic, was torn down.",
            [("English", "LANGUAGE"), ("Amharic", "GPE")],
            "Amharic",
        ),
        ("Her first novel, written in Sakha, sold out in a week.", [("Sakha", "GPE")], "Sakha"),
        ("The elder spoke first in Tlingit, then in English.", [("Tlingit", "ORG")], "Tlingit"),
        ("A Quechua-language radio station opened in the valley.", [("Quechua", "GPE")], "Quechua"),
    ],
)
def test_a_name_used_as_a_language_is_no_place_body_or_person(
    text: str, names: list[tuple[str, str]], language: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, names, gazetteer)[language] not in ("PLACE", "ORG", "PERSON")


@pytest.mark.parametrize(
    ("text", "name", "label", "kind"),
    [
        ("She sang in Vienna and Salzburg last summer.", "Vienna", "GPE", "PLACE"),
        ("The minister spoke in Parliament on Tuesday.", "Parliament", "ORG", "ORG"),
        ("The contract was signed in Harare and Lusaka.", "Lusaka", "GPE", "PLACE"),
    ],
)
def test_a_place_or_body_after_in_keeps_its_type(
    text: str, name: str, label: str, kind: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, [(name, label)], gazetteer)[name] == kind


@pytest.mark.parametrize(
    "name",
    ["Bastille Day", "Bronze Age", "Bougainville Crisis", "Great Mississippi Flood", "Cold War"],
)
def test_a_name_headed_by_what_happened_names_an_event(name: str) -> None:
    assert head_type(name) == "EVENT"


@pytest.mark.parametrize("name", ["The Age", "Institute for the Study of War", "Day"])
def test_an_event_word_does_not_make_every_name_an_event(name: str) -> None:
    assert head_type(name) != "EVENT"


def test_a_festival_day_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Crowds filled the square for Bastille Day in Papeete."
    kinds = typed(text, [("Bastille Day", "GPE"), ("Papeete", "GPE")], gazetteer)
    assert kinds["Bastille Day"] == "EVENT"
    assert kinds["Papeete"] == "PLACE"


@pytest.mark.parametrize(
    "name", ["Ibrahim ag Alhassane", "Sidi ould Cheikh"], ids=["tuareg", "hassaniya"]
)
def test_a_tuareg_or_hassaniya_particle_stays_in_the_name(name: str, gazetteer: Gazetteer) -> None:
    text = f"The medical coordinator, {name}, said cases were rising."
    assert name in found_mentions(text, [(name, "PERSON")], gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Midfielder Jákup í Lágabø-Hansen scored the first goal.", "Jákup í Lágabø-Hansen"),
        ("The veteran Rógvi við Stein-Joensen came on late.", "Rógvi við Stein-Joensen"),
        ("Dr Benjamin Kibet arap Too said the results were clear.", "Benjamin Kibet arap Too"),
        ("Jugah anak Nyipa, a councillor in Sibu, said roads came first.", "Jugah anak Nyipa"),
        ('"It is in the price," said Jeroen ter Haar, an analyst.', "Jeroen ter Haar"),
    ],
)
def test_a_particle_inside_a_name_keeps_the_name_whole(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert name in found_mentions(text, [(name, "PERSON")], gazetteer)


@pytest.mark.parametrize(
    ("text", "tagged_as", "name"),
    [
        ("Midfielder Jákup Olsen scored the first goal.", "Midfielder Jákup Olsen", "Jákup Olsen"),
        (
            "Cr Maria Zee-Jones said the rates were too high.",
            "Cr Maria Zee-Jones",
            "Maria Zee-Jones",
        ),
        (
            "Kaumātua Wiremu Tauroa of Pipiriki spoke first.",
            "Kaumātua Wiremu Tauroa",
            "Wiremu Tauroa",
        ),
        (
            "Rapper Ibrahim Dembélé, one of the best known, sang.",
            "Rapper Ibrahim Dembélé",
            "Ibrahim Dembélé",
        ),
    ],
)
def test_a_players_position_or_a_local_title_is_no_part_of_the_name(
    text: str, tagged_as: str, name: str, gazetteer: Gazetteer
) -> None:
    assert name in found_mentions(text, [(tagged_as, "PERSON")], gazetteer)
