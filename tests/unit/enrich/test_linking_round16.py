"""Round 16's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from tests.unit.enrich.linking_helpers import found_mentions, linked, mentioned, typed


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


def test_a_body_named_again_after_the_between_commas_is_one_body(gazetteer: Gazetteer) -> None:
    text = "Vaxo, the Regional Vaccine Alliance, pays for the doses. Vaxo said so."
    entities = linked(
        mentioned(text, {"Vaxo": "ORG", "Regional Vaccine Alliance": "ORG"}), gazetteer
    )
    assert entities["Vaxo"] is entities["Regional Vaccine Alliance"]


@pytest.mark.parametrize(
    "text",
    [
        "Outside Congress, the Water Works Association, which represents utilities, agreed.",
        "The money came from Vaxo, the Water Works Association, and the Fund.",
    ],
    ids=["fronted-phrase", "list"],
)
def test_a_fronted_phrase_or_a_list_names_two_bodies(text: str, gazetteer: Gazetteer) -> None:
    first = "Congress" if text.startswith("Outside") else "Vaxo"
    labels = {first: "ORG", "Water Works Association": "ORG"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[first] is not entities["Water Works Association"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Ms Shahina, of the Communist Party of India (Marxist), said so.",
            "Communist Party of India",
        ),
        (
            "He left the Communist Party of Nepal (Maoist Centre) in May.",
            "Communist Party of Nepal",
        ),
    ],
)
def test_a_partys_qualifier_in_brackets_is_part_of_its_name(
    text: str, party: str, gazetteer: Gazetteer
) -> None:
    whole = text[text.index(party) : text.index(")") + 1]
    assert whole in found_mentions(text, [(party, "ORG")], gazetteer)


def test_an_acronym_in_brackets_after_a_party_stays_apart(gazetteer: Gazetteer) -> None:
    text = "The Slovak National Party (SNS) quit the coalition."
    assert "Slovak National Party" in found_mentions(
        text, [("Slovak National Party", "ORG")], gazetteer
    )


@pytest.mark.parametrize(
    ("text", "tagged_as", "name"),
    [
        ("The audience was two million, according to the broadcaster Canal 4.", "Canal", "Canal 4"),
        (
            "The union, Unifor Local 9490, said the jobs would go.",
            "Unifor Local",
            "Unifor Local 9490",
        ),
        (
            "The Regional School Unit 14 board voted 9-3.",
            "Regional School Unit",
            "Regional School Unit 14",
        ),
    ],
)
def test_a_number_after_a_head_that_numbers_its_kind_is_part_of_the_name(
    text: str, tagged_as: str, name: str, gazetteer: Gazetteer
) -> None:
    assert name in found_mentions(text, [(tagged_as, "ORG")], gazetteer)


def test_a_decimal_after_such_a_head_is_no_part_of_the_name(gazetteer: Gazetteer) -> None:
    text = "Output at the Kara Unit 4.5 per cent lower, the report said."
    assert "Kara Unit" in found_mentions(text, [("Kara Unit", "ORG")], gazetteer)


@pytest.mark.parametrize(
    ("outlet", "label"), [("Daily Sitka Sentinel", "PERSON"), ("Missoulian", "NORP")]
)
def test_a_line_under_a_byline_is_the_outlet(outlet: str, label: str, gazetteer: Gazetteer) -> None:
    text = f"Posts come home\n\nBy Tyler Nakamura-Hollis\n\n{outlet}\n\nFour posts came home."
    names = [("Tyler Nakamura-Hollis", "PERSON"), (outlet, label)]
    assert typed(text, names, gazetteer)[outlet] == "ORG"


def test_a_dateline_under_a_byline_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Leones win\n\nBy Gustavo Linares\n\nCARACAS\n\nThe Leones won in extra innings."
    names = [("Gustavo Linares", "PERSON"), ("CARACAS", "GPE")]
    assert typed(text, names, gazetteer)["CARACAS"] == "PLACE"
