"""Round 32's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import found_mentions, long_forms, types_of


@pytest.mark.parametrize(
    "name",
    [
        "Australian Antarctic Division",
        "Chadian Red Cross",
        "Slovak Agricultural and Food Chamber",
        "Armenian Apostolic Church",
    ],
)
def test_a_body_named_with_a_nationality_keeps_it(name: str, gazetteer: Gazetteer) -> None:
    text = f"The {name} said on Monday that the plan was sound. Critics disagreed."
    assert found_mentions(text, [(name, "ORG")], gazetteer) == {name}


@pytest.mark.parametrize(
    ("text", "tagged_as", "person"),
    [
        (  # the surname alone later
            "The title went to the American Eli Sanders. Sanders won in three sets.",
            "American Eli Sanders",
            "Eli Sanders",
        ),
        (  # a noun that names a person, even once
            "The race was won by the Welshman Owain Prydderch-Jones in the rain.",
            "Welshman Owain Prydderch-Jones",
            "Owain Prydderch-Jones",
        ),
    ],
)
def test_a_person_after_a_nationality_loses_it(
    text: str, tagged_as: str, person: str, gazetteer: Gazetteer
) -> None:
    assert person in found_mentions(text, [(tagged_as, "ORG")], gazetteer)


def test_a_body_written_later_without_its_nationality_is_cut(gazetteer: Gazetteer) -> None:
    text = (
        "The Lithuanian Christian Democrats voted against. The Christian Democrats hold 28 seats."
    )
    names = [("Lithuanian Christian Democrats", "ORG"), ("Christian Democrats", "ORG")]
    assert found_mentions(text, names, gazetteer) == {"Christian Democrats"}


@pytest.mark.parametrize(
    ("text", "names", "whole"),
    [
        (
            "Napier was rebuilt after the 1931 Hawke's Bay earthquake.",
            [("Hawke", "PERSON"), ("Bay", "LOC")],
            "Hawke's Bay",
        ),
        (
            "The Hawke's Bay Regional Council welcomed the vote.",
            [("Hawke", "ORG"), ("Bay Regional Council", "ORG")],
            "Hawke's Bay Regional Council",
        ),
    ],
)
def test_a_place_named_by_a_possessive_is_one_name(
    text: str, names: list[tuple[str, str]], whole: str, gazetteer: Gazetteer
) -> None:
    assert found_mentions(text, names, gazetteer) == {whole}


def test_a_feature_a_place_owns_stays_apart(gazetteer: Gazetteer) -> None:
    text = "Fishing boats crowd Kenya's Lake Turkana."
    names = [("Kenya", "GPE"), ("Lake Turkana", "LOC")]
    assert found_mentions(text, names, gazetteer) == {"Kenya", "Lake Turkana"}


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("Most visitors drive down Interstate 45 from Houston.", "Interstate 45"),
        ("The bridge on Route 9 reopened on Friday.", "Route 9"),
    ],
)
def test_a_roads_number_is_part_of_its_name(text: str, road: str, gazetteer: Gazetteer) -> None:
    found = found_mentions(text, [(road, "FAC")], gazetteer)
    assert road in found
    assert road.split()[0] not in found


def test_a_score_after_a_name_is_still_cut(gazetteer: Gazetteer) -> None:
    text = "Whitford beat Carlos Ibarra 6 in the first set."
    assert found_mentions(text, [("Carlos Ibarra 6", "PERSON")], gazetteer) == {"Carlos Ibarra"}


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        (
            "The National Electoral Council, known by its Spanish initials as the CNE, "
            "met. The CNE said little.",
            "CNE",
            "National Electoral Council",
        ),
        (
            "It asked the Polish Film Institute, known by its Polish initials as PISF. "
            "PISF agreed.",
            "PISF",
            "Polish Film Institute",
        ),
    ],
)
def test_known_by_its_initials_as_binds_the_acronym(
    text: str, acronym: str, long_form: str
) -> None:
    assert long_forms(text).get(acronym) == long_form


@pytest.mark.parametrize("name", ["Naypyitaw", "Naypyidaw", "Astana"])
def test_a_capital_is_known_however_spelt_or_renamed(name: str, gazetteer: Gazetteer) -> None:
    assert gazetteer.is_capital([name])


@pytest.mark.parametrize("name", ["Yangon", "Salem"])  # GeoNames gives Jerusalem "Salem" too
def test_a_town_or_another_name_of_a_capital_is_no_capital(name: str, gazetteer: Gazetteer) -> None:
    assert not gazetteer.is_capital([name])


def test_a_capital_spelt_another_way_that_acts_is_its_government(gazetteer: Gazetteer) -> None:
    text = "Naypyitaw has accused the resistance of terrorism. Fighting went on."
    assert types_of(text, {"Naypyitaw": "GPE"}, gazetteer) == {"Naypyitaw": "ORG"}


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        (
            "Exports ended in 2024 when Buenos Aires switched to supplies from the south.",
            "Buenos Aires",
        ),
        ("Taipei this year paid for a new dialysis unit at the hospital.", "Taipei"),
        ("The trade was hurt when Beijing suspended imports of geoduck.", "Beijing"),
        ("Canberra last year committed A$800 million over ten years.", "Canberra"),
    ],
)
def test_a_capital_that_did_something_is_its_government(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {capital: "GPE"}, gazetteer) == {capital: "ORG"}


def test_a_capital_something_happened_in_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Rain fell in Canberra overnight. Canberra flooded by morning."
    assert types_of(text, {"Canberra": "GPE"}, gazetteer) == {"Canberra": "PLACE"}


def test_a_capital_after_a_verb_is_not_what_did_something(gazetteer: Gazetteer) -> None:
    text = "Tourists urged to visit Hanoi and Vientiane flocked there."
    labels = {"Hanoi": "GPE", "Vientiane": "GPE"}
    assert types_of(text, labels, gazetteer)["Vientiane"] == "PLACE"
