"""Round 78's rule, on small invented texts written in ordinary news style: "The <noun>"
then the name it is known by names the thing the noun stands for, also after "itself",
"was", "to be", a clause of where it is ("which sits in Selde and is known"), or what it is
in commas; and where no name has the noun for its head word, the last name written with
the noun of an area ("the Dovra region", "the town of Kessel")."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The museum reopened on Saturday in the town of Varnok. Its hall takes its name"
            " from a storage hut. The town itself is known in Lule Sami as Várnohkka, and"
            " both names appear on its signs.",
            {"Varnok": "GPE", "Várnohkka": "GPE"},
            ("Varnok", "Várnohkka"),
        ),
        (
            "The District Court of East Iceland convicted the owner on Thursday. The court,"
            " which sits in Selde and is known in Icelandic as Héraðsdómur Austra, gave her"
            " a suspended sentence.",
            {
                "District Court of East Iceland": "ORG",
                "Selde": "GPE",
                "Héraðsdómur Austra": "ORG",
            },
            ("District Court of East Iceland", "Héraðsdómur Austra"),
        ),
        (
            "The men bought amber from diggers in the Dovra region of western Ukraine. The"
            " region, known in Polish as Dówra, lies in a belt of bogs.",
            {"Dovra": "GPE", "Ukraine": "GPE", "Dówra": "GPE"},
            ("Dovra", "Dówra"),
        ),
        (
            "The club was founded near Marata International Airport in 1996. The airport"
            " itself was known as Kessel Field until 2003.",
            {"Marata International Airport": "FAC", "Kessel Field": "FAC"},
            ("Marata International Airport", "Kessel Field"),
        ),
        (
            "Council members of the Orvik municipality voted to move the road. The"
            " municipality, the northernmost in the province, was known as Port Lenner"
            " until 2016.",
            {"Orvik": "GPE", "Port Lenner": "GPE"},
            ("Orvik", "Port Lenner"),
        ),
        (
            "Walkers crowd the Brenna National Park in summer. The park, to be known in"
            " Welsh as Parc Brenna, will cover 750 square kilometres.",
            {"Brenna National Park": "LOC", "Parc Brenna": "LOC"},
            ("Brenna National Park", "Parc Brenna"),
        ),
    ],
    ids=["itself", "a clause of where it sits", "the region", "was known", "in commas", "to be"],
)
def test_the_noun_known_by_a_name_is_the_thing_it_stands_for(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Officials in Orvik said the road would move. The region, known in Cree as"
            " Kisewin, has one school.",
            {"Orvik": "GPE", "Kisewin": "GPE"},
            ("Orvik", "Kisewin"),
        ),
        (
            "Residents blamed the Dovrania military for the shelling. The military, known as"
            " the Tarmadan, did not respond to requests for comment.",
            {"Dovrania": "GPE", "Tarmadan": "ORG"},
            ("Dovrania", "Tarmadan"),
        ),
        (
            "Council members of the Orvik municipality voted to move the road. The"
            " municipality was known as Jon Lenner until 2016, after the trader Jon Lenner.",
            {"Orvik": "GPE", "Jon Lenner": "PERSON"},
            ("Orvik", "Jon Lenner"),
        ),
    ],
    ids=["no name written with the noun", "what a place has", "a person's name"],
)
def test_the_noun_stands_for_no_name_it_is_not_written_with(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
