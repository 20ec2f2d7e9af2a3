"""Round 92's rule, on small invented texts written in ordinary news style: a sentence that
opens with a name, perhaps says what it is in commas, then says what it is or was known or
called ("Karakol, a town of about 80,000 near Issyk-Kul, was known in Soviet times as
Przhevalsk") gives that name's other name, a mention of it even where the model missed it;
not where the name does not open the sentence, nor a person's epithet."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "name", "other"),
    [
        (
            "The argali were shot near the border. Karakol, a town of about 80,000 near the"
            " eastern shore of Issyk-Kul, was known in Soviet times as Przhevalsk.",
            {"Karakol": "GPE", "Issyk-Kul": "LOC", "Przhevalsk": "GPE"},
            "Karakol",
            "Przhevalsk",
        ),
        (
            "Floods closed the road. Sarh, Chad's third-largest city, was known as"
            " Fort-Archambault until 1972.",
            {"Sarh": "GPE", "Chad": "GPE"},
            "Sarh",
            "Fort-Archambault",
        ),
        (
            "Ferries run in summer. Madeline Island, the largest of the Apostle Islands, is"
            " known in Ojibwe as Mooningwanekaaning.",
            {"Madeline Island": "LOC", "Apostle Islands": "LOC", "Mooningwanekaaning": "PERSON"},
            "Madeline Island",
            "Mooningwanekaaning",
        ),
        (
            "Bijelo Polje was known as Akova under Ottoman rule.",
            {"Bijelo Polje": "GPE"},
            "Bijelo Polje",
            "Akova",
        ),
    ],
    ids=[
        "what it is in commas, then 'was known in … as'",
        "'was known as'",
        "'is known in Ojibwe as'",
        "no commas, the name missed",
    ],
)
def test_a_sentence_that_opens_with_a_name_and_says_what_it_was_known_as_gives_its_other_name(
    text: str, labels: dict[str, str], name: str, other: str, gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, (name, other), gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "name", "other"),
    [
        (
            "The ministry said a deal with Gazprom is known as the Power of Siberia.",
            {"Gazprom": "ORG", "Power of Siberia": "FAC"},
            "Gazprom",
            "Power of Siberia",
        ),
        (
            "Amadou Keita, the captain, is known as the Lion of Kayes.",
            {"Amadou Keita": "PERSON", "Lion of Kayes": "PERSON"},
            "Amadou Keita",
            "Lion of Kayes",
        ),
    ],
    ids=["not the sentence's first name", "a person's epithet"],
)
def test_a_name_known_so_elsewhere_in_the_sentence_is_left_apart(
    text: str, labels: dict[str, str], name: str, other: str, gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, (name, other), gazetteer)
