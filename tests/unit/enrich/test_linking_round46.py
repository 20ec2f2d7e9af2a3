"""Round 46's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned, types_of


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Lima Stock Exchange", "BVL"),
        ("Football Association of Slovenia", "NZS"),
        ("National Revenue Administration", "KAS"),
    ],
)
def test_capitals_in_brackets_after_a_bodys_name_are_its_acronym_in_any_language(
    gazetteer: Gazetteer, name: str, acronym: str
) -> None:
    text = (
        f"The bonds are listed with the {name} ({acronym}), which reviews them each year. "
        f"The {acronym} said on Monday that it would publish its findings in March."
    )
    entities = linked(mentioned(text, {name: "ORG", acronym: "ORG"}), gazetteer)
    assert entities[acronym] is entities[name]
    assert entities[name].type == "ORG"


def test_a_news_agency_in_brackets_after_a_place_is_not_the_places(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Soldiers fired on protesters in the capital of Peru (AP), witnesses said. "
        "AP said three people were wounded."
    )
    entities = linked(mentioned(text, {"Peru": "GPE", "AP": "ORG"}), gazetteer)
    assert entities["AP"] is not entities["Peru"]
    assert entities["Peru"].type == "PLACE"


def test_a_party_in_brackets_after_a_person_is_not_the_persons(gazetteer: Gazetteer) -> None:
    text = (
        "The motion was tabled by Ana Ferrer Soler (PSD), who chairs the committee. "
        "The PSD has 40 seats."
    )
    labels = {"Ana Ferrer Soler": "PERSON", "PSD": "ORG"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["PSD"] is not entities["Ana Ferrer Soler"]
    assert entities["Ana Ferrer Soler"].type == "PERSON"


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Canberra, still the largest aid donor, has paid for the new wharf.", "Canberra"),
        ("Rome, San Marino's closest partner, welcomed the treaty on Monday.", "Rome"),
        ("Rabat, for its part, has sought closer ties with Madrid.", "Rabat"),
        ("Last year Asunción and Brasília signed an agreement to share data.", "Brasília"),
        ("Ottawa regulates which pesticides may be sold in the provinces.", "Ottawa"),
        ("The vote was a direct challenge to La Paz, the governor said.", "La Paz"),
    ],
    ids=[
        "apposition, has paid",
        "apposition, welcomed",
        "for its part",
        "signed",
        "regulates",
        "challenge to",
    ],
)
def test_a_capital_that_acts_after_a_phrase_in_commas_or_signs_is_its_government(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    labels = {capital: "GPE", "Madrid": "GPE", "Asunción": "GPE"}
    labels = {name: label for name, label in labels.items() if name in text}
    assert types_of(text, labels, gazetteer)[capital] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Canberra, still the largest aid donor, has paid for it. Rents in Canberra rose.",
        "Rome, the Italian capital, is home to three million people.",
    ],
    ids=["put something in", "no act"],
)
def test_a_capital_described_in_commas_that_does_not_act_or_holds_something_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    capital = "Canberra" if "Canberra" in text else "Rome"
    assert types_of(text, {capital: "GPE"}, gazetteer)[capital] == "PLACE"


@pytest.mark.parametrize(
    ("text", "name", "label", "kind"),
    [
        (
            "Amharic is the working language of the federal government.",
            "Amharic",
            "GPE",
            "LANGUAGE",
        ),
        ("Her grandmother taught her Quechua songs as a child.", "Quechua", "ORG", "LANGUAGE"),
        ("Welsh farmers marched on the assembly in their thousands.", "Welsh", "GPE", "NORP"),
    ],
)
def test_a_languages_name_alone_is_no_place_body_or_person(
    text: str, name: str, label: str, kind: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {name: label}, gazetteer)[name] == kind


@pytest.mark.parametrize(
    "text",
    [
        "The floods reached Candaba in Pampanga on Sunday.",
        "Gunmen opened fire near the village of Hindi on Monday.",
    ],
    ids=["in it", "described as a village"],
)
def test_a_place_named_like_a_language_that_the_article_puts_something_in_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    name = "Pampanga" if "Pampanga" in text else "Hindi"
    labels = {name: "GPE", "Candaba": "GPE"} if "Candaba" in text else {name: "GPE"}
    assert types_of(text, labels, gazetteer)[name] == "PLACE"
