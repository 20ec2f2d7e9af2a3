"""Round 57's rule, on small invented sentences written in ordinary news style: a side's
plural used alone in a match report ("the Tigers" of "Wests Tigers"), an other name after
"the <noun> known as" with no comma, and a two-word name with a place's first word and an
organisation's head ("Gulf Cartel")."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import ORG, head_type
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The Coastal Mariners beat Wests Hornets 20-18 on Sunday. The Hornets had led"
            " 18-6 at half-time, and the Hornets coach said his side stopped playing.",
            {"Coastal Mariners": "ORG", "Wests Hornets": "ORG", "Hornets": "ORG"},
            ("Wests Hornets", "Hornets"),
        ),
        (
            "Kestrel Amazon Falcons beat the Harbour Rays by six wickets. Amazon Falcons"
            " captain Deon Price made 71, and the Falcons top the table.",
            {
                "Kestrel Amazon Falcons": "ORG",
                "Harbour Rays": "ORG",
                "Amazon Falcons": "ORG",
                "Deon Price": "PERSON",
                "Falcons": "ORG",
            },
            ("Kestrel Amazon Falcons", "Falcons"),
        ),
        (
            "Wests Hornets beat the Coastal Mariners 20-18. The club was formed in 2000 from"
            " the Balwyn Hornets and two other sides. The Hornets are fifth.",
            {
                "Wests Hornets": "ORG",
                "Coastal Mariners": "ORG",
                "Balwyn Hornets": "ORG",
                "Hornets": "ORG",
            },
            ("Wests Hornets", "Hornets"),
        ),
    ],
    ids=[
        "the one side ending with it",
        "a side named with more words before it",
        "the side in the match, not the one it was formed from",
    ],
)
def test_a_sides_plural_alone_is_the_side(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Harlow Rovers bought the site from Bexley Rovers, a haulier, in May. Rovers"
            " of both firms will move there.",
            {"Harlow Rovers": "ORG", "Bexley Rovers": "ORG", "Rovers": "ORG"},
            ("Harlow Rovers", "Rovers"),
        ),
        (
            "Wests Hornets beat the Coastal Mariners 20-18, and the Eastern Hornets beat the"
            " Bay Sharks 12-10. The Hornets are fifth.",
            {
                "Wests Hornets": "ORG",
                "Coastal Mariners": "ORG",
                "Eastern Hornets": "ORG",
                "Bay Sharks": "ORG",
                "Hornets": "ORG",
            },
            ("Wests Hornets", "Hornets"),
        ),
    ],
    ids=["no match in the article", "two sides in matches"],
)
def test_a_plural_that_could_be_either_or_no_side_stays_apart(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)


def test_an_other_name_after_the_noun_known_as_without_a_comma(gazetteer: Gazetteer) -> None:
    text = (
        "Troops were sent against the Sierra Cartel. Its gunmen, who belong to the cartel"
        " known in Spanish as the Cártel de la Sierra, attacked two patrols."
    )
    labels = {"Sierra Cartel": "ORG", "Cártel de la Sierra": "ORG"}
    assert one_entity(text, labels, ("Sierra Cartel", "Cártel de la Sierra"), gazetteer)


@pytest.mark.parametrize("name", ["Gulf Cartel", "Port Authority", "Gulf Syndicate"])
def test_a_place_word_first_and_an_organisations_head_last_is_an_organisation(
    name: str,
) -> None:
    assert head_type(name) == ORG


@pytest.mark.parametrize(("name", "kind"), [("Gulf Coast", "PLACE"), ("Lake Victoria", "PLACE")])
def test_a_place_word_first_without_an_organisations_head_stays_a_place(
    name: str, kind: str
) -> None:
    assert head_type(name) == kind
