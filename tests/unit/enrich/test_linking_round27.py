"""Round 27's rules, on small invented sentences written in ordinary news style: an
acronym's long form that the model cut short, or that capitalises only its first word."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import (
    entity_of,
    found_mentions,
    long_forms,
    typed,
    types_of,
)


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        (
            "Passengers who use the Régie autonome des transports parisiens (RATP) face a "
            "fare rise.",
            "RATP",
            "Régie autonome des transports parisiens",
        ),
        (
            "The pension fund, the Caisse de dépôt et placement du Québec (CDPQ), bought it.",
            "CDPQ",
            "Caisse de dépôt et placement du Québec",
        ),
        (
            "Buses run by the Société de transport de Laval (STL) were cancelled.",
            "STL",
            "Société de transport de Laval",
        ),
    ],
)
def test_a_name_in_sentence_case_is_spelt_by_all_its_words(
    text: str, acronym: str, long_form: str
) -> None:
    assert long_forms(text)[acronym] == long_form


@pytest.mark.parametrize(
    "text",
    [
        "He told Radio France on Monday (AFP) that he would stay.",
        "The deal was signed by the minister in a hurry (MIH) on Friday.",
    ],
)
def test_lower_case_words_whose_initials_miss_the_acronym_define_nothing(text: str) -> None:
    assert long_forms(text) == {}


def test_catalan_per_is_a_small_word_of_a_name() -> None:
    text = "Ms Puig, whose Junts per Girona (JG) governs the town, voted against."
    assert long_forms(text)["JG"] == "Junts per Girona"


def test_a_long_form_the_model_cut_before_in_is_whole_when_its_initials_spell_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "A patrol of the United Nations Mission in South Sudan was stopped near Bor, "
        "officials said. UNMISS said its peacekeepers were unharmed."
    )
    names = [
        ("United Nations Mission", "ORG"),
        ("South Sudan", "GPE"),
        ("Bor", "GPE"),
        ("UNMISS", "ORG"),
    ]
    entity = entity_of(text, names, "UNMISS", gazetteer)
    assert "United Nations Mission in South Sudan" in entity.forms


def test_known_as_after_a_body_the_model_cut_after_of_takes_the_whole_name(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Economic Community of West African States, known by its French initials "
        "CEDEAO, met in Abuja. CEDEAO said the border would reopen."
    )
    names = [("West African States", "ORG"), ("CEDEAO", "ORG"), ("Abuja", "GPE")]
    entity = entity_of(text, names, "CEDEAO", gazetteer)
    assert "Economic Community of West African States" in entity.forms


def test_known_as_after_a_name_with_no_body_before_it_keeps_the_name(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Fans of Real Club Deportivo Mallorca, known as RCD Mallorca, sang. RCD said "
        "the club would appeal."
    )
    names = [("Real Club Deportivo Mallorca", "ORG"), ("RCD", "ORG")]
    entity = entity_of(text, names, "RCD", gazetteer)
    assert "Real Club Deportivo Mallorca" in entity.forms


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The fighting resumed after a ceasefire between Khartoum and the rebels.", "Khartoum"),
        ("The rebels broke their truce with Kigali in March.", "Kigali"),
        ("Farmers cannot wait another year for a decision from Brussels, she said.", "Brussels"),
        ("The vote comes as Lima seeks to expand its presence in the south.", "Lima"),
        (
            "Tokyo has urged Hanoi and Vientiane to act. Hundreds marched in Hanoi on Friday.",
            "Vientiane",
        ),
    ],
)
def test_more_of_what_only_a_government_does_or_has_with_another(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    labels = {capital: "GPE", "Hanoi": "GPE", "Tokyo": "GPE"}
    assert types_of(text, labels, gazetteer)[capital] == "ORG"


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The war between the two clans spread to the streets of Khartoum.", "Khartoum"),
        ("The first flight from Brussels landed at noon.", "Brussels"),
        ("The minister visited Hanoi and Vientiane last week.", "Vientiane"),
        ("Tourists urged to visit Hanoi and Vientiane flocked there.", "Vientiane"),
    ],
)
def test_a_capital_where_a_war_ends_or_a_flight_starts_stays_a_place(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    labels = {capital: "GPE", "Hanoi": "GPE"}
    assert types_of(text, labels, gazetteer)[capital] == "PLACE"


@pytest.mark.parametrize(
    ("text", "names", "ruler"),
    [
        (
            "The palace was begun under Xerxes the Great and burned in 330 BC.",
            [("Xerxes", "PERSON")],
            "Xerxes the Great",
        ),
        (
            "The tomb of Ramesses the Great was opened to visitors in May.",
            [("Ramesses the Great", "GPE")],
            "Ramesses the Great",
        ),
        (
            "The relief shows the Sasanian king Ardashir I on horseback.",
            [("Ardashir", "GPE")],
            "Ardashir I",
        ),
        (
            "The bridge was built under Shah Tahmasp I after the flood of 1540.",
            [("Shah Tahmasp", "PERSON")],
            "Shah Tahmasp I",
        ),
        (
            "The portrait of Frederick III, restored in Berlin, returns.",
            [("Frederick", "PERSON")],
            "Frederick III",
        ),
    ],
)
def test_a_rulers_epithet_or_regnal_number_is_part_of_the_name(
    text: str, names: list[tuple[str, str]], ruler: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, names, gazetteer).get(ruler) == "PERSON"


def test_the_pronoun_after_a_name_is_no_regnal_number(gazetteer: Gazetteer) -> None:
    text = "When I met Rashid I asked him about the harbour."
    assert "Rashid I" not in typed(text, [("Rashid", "PERSON")], gazetteer)


def test_a_word_that_opens_a_clause_is_no_given_name_before_a_role(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Motherwell led at the break. Instead Hamilton, the 21-year-old striker signed "
        "in the summer, turned the game. Hamilton scored twice."
    )
    assert found_mentions(text, [("Hamilton", "PERSON")], gazetteer) == {"Hamilton"}
