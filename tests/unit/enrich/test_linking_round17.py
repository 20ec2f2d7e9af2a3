"""Round 17's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import found_mentions, linked, mentioned, one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The permit came from the Institute for Nature Conservation and Forests, the ICNF, "
            "which protects all bats. The ICNF said the colony was stable.",
            {"Institute for Nature Conservation and Forests": "ORG", "ICNF": "ORG"},
            ("Institute for Nature Conservation and Forests", "ICNF"),
        ),
        (
            "Figures from the Federal Office of Statistics, the OFS, which counts every "
            "farm, show a fall. The OFS revised them in May.",
            {"Federal Office of Statistics": "ORG", "OFS": "ORG"},
            ("Federal Office of Statistics", "OFS"),
        ),
    ],
)
def test_an_acronym_after_the_between_commas_names_the_body_before_it(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


def test_an_acronym_after_the_in_a_list_of_bodies_binds_nothing(gazetteer: Gazetteer) -> None:
    text = "Bids came from Harbour Freight Lines, the HFL, and the Ocean Cargo Group."
    labels = {"Harbour Freight Lines": "ORG", "HFL": "ORG", "Ocean Cargo Group": "ORG"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["HFL"] is not entities["Ocean Cargo Group"]


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The state-owned ZCCM Investment Holdings Plc sold the stake last year. "
            "ZCCM-IH kept the remaining 49%.",
            {"ZCCM Investment Holdings Plc": "ORG", "ZCCM-IH": "ORG"},
            ("ZCCM Investment Holdings Plc", "ZCCM-IH"),
        ),
        (
            "KPC Energy Trading Ltd signed the deal. KPC-ET will ship the first cargo in May.",
            {"KPC Energy Trading Ltd": "ORG", "KPC-ET": "ORG"},
            ("KPC Energy Trading Ltd", "KPC-ET"),
        ),
    ],
)
def test_a_hyphened_acronym_is_the_first_word_and_the_initials_after_it(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


def test_a_hyphened_acronym_whose_letters_do_not_fit_binds_nothing(gazetteer: Gazetteer) -> None:
    text = "ZCCM Investment Holdings Plc sold the stake. ZCCM-RT kept the rest."
    labels = {"ZCCM Investment Holdings Plc": "ORG", "ZCCM-RT": "ORG"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["ZCCM-RT"] is not entities["ZCCM Investment Holdings Plc"]


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed a village on the west bank of the Chindwin River. Fighting has "
        "intensified along the Chindwin since March.",
        "Barges wait on the Tisbury River near the weir. Ferries cross the water and "
        "boats run across the Tisbury all summer.",
    ],
)
def test_a_rivers_name_alone_where_a_river_puts_something_is_the_river(
    text: str, gazetteer: Gazetteer
) -> None:
    river = next(w for w in ("Chindwin", "Tisbury") if w in text)
    labels = {f"{river} River": "LOC", river: "GPE"}
    assert one_entity(text, labels, (f"{river} River", river), gazetteer)


def test_a_rivers_name_used_as_a_town_stays_apart(gazetteer: Gazetteer) -> None:
    text = (
        "Floods closed the road beside the Tisbury River. Shops in Tisbury stayed shut and "
        "Tisbury council met on Monday."
    )
    entities = linked(mentioned(text, {"Tisbury River": "LOC", "Tisbury": "GPE"}), gazetteer)
    assert entities["Tisbury"] is not entities["Tisbury River"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Undersecretary Benjie Ocampo-Lagdameo said the audit was late.",
            "Benjie Ocampo-Lagdameo",
        ),
        (
            "Maître Sophie Arnaud-Benhamou, for the defence, asked for bail.",
            "Sophie Arnaud-Benhamou",
        ),
    ],
)
def test_a_junior_ministers_and_a_french_lawyers_titles_are_not_the_name(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    title = text.split()[0]
    assert found_mentions(text, [(f"{title} {name}", "PERSON")], gazetteer) == {name}


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        (
            "Tortoises on the Galápagos are counted every year. Rangers on the Galápagos "
            "Islands began the census in March.",
            "Galápagos Islands",
            "Galápagos",
        ),
        (
            "Elephants in Lopé have doubled. The Lopé National Park is home to 3,000 of them.",
            "Lopé National Park",
            "Lopé",
        ),
        (
            "Snow closed passes in the Tizgui Mountains. Villages in the Tizgui were cut off.",
            "Tizgui Mountains",
            "Tizgui",
        ),
    ],
)
def test_an_archipelago_range_or_park_is_named_by_its_first_words(
    text: str, whole: str, part: str, gazetteer: Gazetteer
) -> None:
    assert one_entity(text, {whole: "LOC", part: "GPE"}, (whole, part), gazetteer)


def test_a_river_of_the_same_name_is_no_park(gazetteer: Gazetteer) -> None:
    text = (
        "The attackers came from the direction of the Sotouba river. Rangers manage the "
        "Sotouba National Park for the state."
    )
    labels = {"Sotouba National Park": "LOC", "Sotouba": "LOC"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Sotouba"] is not entities["Sotouba National Park"]


def test_an_airport_is_not_the_region_it_is_named_for(gazetteer: Gazetteer) -> None:
    text = "Flights to Svalbard Airport resumed. Svalbard had been cut off for a week."
    labels = {"Svalbard Airport": "FAC", "Svalbard": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Svalbard"] is not entities["Svalbard Airport"]
