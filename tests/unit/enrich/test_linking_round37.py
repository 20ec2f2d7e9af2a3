"""Round 37's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from tests.unit.enrich.linking_helpers import cue, enrich, holding, typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hélène Marchetti, a co-author at the Bedford Institute in Dartmouth, said the "
            "buoys should be moved.",
            "Hélène Marchetti",
        ),
        (
            "Tomasz Wierzbicki, the vice-president of the bank, said rates would rise.",
            "Tomasz Wierzbicki",
        ),
    ],
    ids=["co-author", "vice-president"],
)
def test_a_hyphenated_role_in_apposition_describes_a_person(
    text: str, name: str, package_nlp: Language
) -> None:
    assert cue(package_nlp, text, name).described_as == "PERSON"


def test_a_compound_adjective_before_the_noun_does_not_head_it(package_nlp: Language) -> None:
    text = "Voters in Abkhazia, the Russian-backed breakaway region, went to the polls."
    assert cue(package_nlp, text, "Abkhazia").described_as == "PLACE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Stavros Papadakis, a Greek accountant who set up the company, was given a "
            "suspended sentence.",
            "Stavros Papadakis",
        ),
        ("Ingrid Solheim, a pensioner, said the bus no longer stopped there.", "Ingrid Solheim"),
        ("The journalist Rashid Karimov was detained on Friday.", "Rashid Karimov"),
    ],
    ids=["accountant", "pensioner", "journalist"],
)
def test_more_trades_and_conditions_describe_a_person(
    text: str, name: str, package_nlp: Language
) -> None:
    assert cue(package_nlp, text, name).described_as == "PERSON"


def test_a_person_described_by_a_role_after_a_place_noun_stays_a_person(
    enricher: Enricher,
) -> None:
    text = (
        "In the lakeside town of Kisoro, Amos Byaruhanga, a fisherman, said the catch had "
        "halved since the spring."
    )
    assert holding(enrich(enricher, text), "Amos Byaruhanga").type == "PERSON"


@pytest.mark.parametrize("name", ["Maruyama Shoji", "Hoshino Seiki", "Sanwa Kensetsu"])
def test_a_name_ending_in_a_japanese_firms_word_is_a_body(name: str, gazetteer: Gazetteer) -> None:
    text = f"Profits at {name} doubled last year, Mr Tanaka said."
    assert typed(text, [(name, "PERSON")], gazetteer)[name] == "ORG"


def test_a_south_asian_name_keeps_its_joined_article(enricher: Enricher) -> None:
    text = (
        "Junaid ul-Haq hit two sixes in the final over. ul-Haq said he had waited for the "
        "short ball."
    )
    found = holding(enrich(enricher, text), "ul-Haq")
    assert (found.name, found.type) == ("Junaid ul-Haq", "PERSON")


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            'Niall Gartside, the Celtic manager, said his side had shown "real grit". '
            "Gartside said the title race was open.",
            "Niall Gartside",
            "Gartside",
        ),
        (
            "Joost de Vries, who farms near Carman, lost about $200,000 of barley. De Vries "
            "said he would sue.",
            "Joost de Vries",
            "De Vries",
        ),
    ],
    ids=["described", "who"],
)
def test_a_persons_name_opening_a_sentence_keeps_its_given_name(
    text: str, name: str, short: str, enricher: Enricher
) -> None:
    found = holding(enrich(enricher, text), short)
    assert (found.name, found.type) == (name, "PERSON")


@pytest.mark.parametrize(
    "name",
    [
        "Lake Tanganyika Fisheries Organization",
        "Pacific Islands Forum Organisation",
        "Lake Kivu Monitoring Programme",
        "Nile Basin Development Fund",
        "Mekong Delta Administration",
    ],
)
def test_a_bodys_head_word_makes_a_body_whatever_the_name_opens_with(name: str) -> None:
    assert head_type(name) == "ORG"


def test_a_region_after_a_town_is_not_described_by_the_role_before_the_town(
    package_nlp: Language,
) -> None:
    text = (
        "Marie Cormier, a lobster fisherman from Caraquet, New Brunswick, said the season "
        "had been cut short."
    )
    assert cue(package_nlp, text, "New Brunswick").described_as is None
