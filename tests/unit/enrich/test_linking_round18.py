"""Round 18's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import article_of, linked, mentioned, one_entity, types_of


def test_a_country_on_a_score_line_that_plays_is_its_national_side(gazetteer: Gazetteer) -> None:
    text = (
        "Cape Verde beat Eswatini to close on the finals\n\nCape Verde 2 Eswatini 0\n\n"
        "Two late goals gave Cape Verde a hard-won victory over Eswatini on Friday night."
    )
    types = types_of(text, {"Cape Verde": "GPE", "Eswatini": "GPE"}, gazetteer)
    assert types == {"Cape Verde": "ORG", "Eswatini": "ORG"}


def test_a_country_that_plays_twice_without_a_score_line_is_its_side(gazetteer: Gazetteer) -> None:
    text = "Vanuatu beat Samoa 6-2 on Saturday. Fiji lost to Vanuatu in the final."
    types = types_of(text, {"Vanuatu": "GPE", "Samoa": "GPE", "Fiji": "GPE"}, gazetteer)
    assert types["Vanuatu"] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        # a war: the country is also where things happen
        "Ukraine defeated the attack near Kharkiv. Russia lost to Ukraine before, and "
        "shelling in Ukraine went on all night.",
        # one contest cue alone is not enough
        "Fiji beat the odds to host the summit, and leaders met in Suva on Monday.",
    ],
)
def test_a_country_that_is_somewhere_or_plays_once_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    country = text.split()[0]
    assert types_of(text, {country: "GPE"}, gazetteer)[country] == "PLACE"


@pytest.mark.parametrize(
    ("line", "score"),
    [
        ("Solomon Islands 5 Fiji 4 (after extra time)", True),
        ("Georgia 24-10 Portugal", True),
        ("Sir Safety Perugia 3 Itas Trentino 2 (25-22, 21-25, 18-16)", True),
        ("Perugia win series 3-2", False),
        ("Storm kills 19 in Yemen as floods hit 3 towns", False),
    ],
)
def test_a_score_line_is_two_names_and_their_scores(line: str, score: bool) -> None:
    article = article_of(f"A report\n\n{line}\n\nThe match went on.")
    assert article.in_score_line(len("A report\n\n") + 1) is score


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Mayor Attila Kiss said the tax would close shops. Kiss Attila, as Hungarian "
            "papers write him, has led the city since 2019.",
            {"Attila Kiss": "PERSON", "Kiss Attila": "PERSON"},
            ("Attila Kiss", "Kiss Attila"),
        ),
        (
            "Tanabe Mio scored twice. Mio Tanabe, 24, plays her club football in Kobe.",
            {"Tanabe Mio": "PERSON", "Mio Tanabe": "PERSON"},
            ("Tanabe Mio", "Mio Tanabe"),
        ),
    ],
)
def test_a_name_of_two_words_in_the_other_order_is_the_same_person(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


def test_two_people_sharing_a_surname_are_not_joined_by_the_order_rule(
    gazetteer: Gazetteer,
) -> None:
    text = "Anna Kovacs met Peter Kovacs. Peter Kovacs said Anna Kovacs would stand."
    labels = {"Anna Kovacs": "PERSON", "Peter Kovacs": "PERSON"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Anna Kovacs"] is not entities["Peter Kovacs"]


def test_a_country_without_its_compass_word_is_the_one_named_first(gazetteer: Gazetteer) -> None:
    text = (
        "South Korea's ruling party lost the seat. The province borders North Korea. "
        "Korea's two main parties now face a close general election."
    )
    labels = {"South Korea": "GPE", "North Korea": "GPE", "Korea": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Korea"] is entities["South Korea"]
    assert entities["Korea"] is not entities["North Korea"]


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        (
            "The lithium lies under Maricunga, a salt flat. The Salar de Maricunga holds "
            "brine with 1,100 mg of lithium a litre.",
            "Salar de Maricunga",
            "Maricunga",
        ),
        (
            "Flamingos nest on the Laguna de Tungue each spring. Tungue froze in July.",
            "Laguna de Tungue",
            "Tungue",
        ),
    ],
)
def test_a_salt_flat_or_lagoon_in_spanish_is_named_by_its_own_word(
    text: str, whole: str, part: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, {whole: "ORG", part: "GPE"}), gazetteer)
    assert entities[whole] is entities[part]
    assert entities[whole].type == "PLACE"


def test_a_firm_opened_by_a_spanish_word_for_a_range_is_still_a_firm(gazetteer: Gazetteer) -> None:
    entities = linked(
        mentioned("The Sierra Club sued on Monday.", {"Sierra Club": "ORG"}), gazetteer
    )
    assert entities["Sierra Club"].type == "ORG"
