"""Round 19's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import found_mentions, long_forms


def test_a_name_after_and_the_is_the_acronyms_long_form_when_it_fits() -> None:
    text = "He was elected with the backing of Smer and the Slovak National Party (SNS), she said."
    assert long_forms(text)["SNS"] == "Slovak National Party"


def test_a_name_that_fits_only_whole_keeps_its_and_the() -> None:
    text = "Grants come from the National Commission for Culture and the Arts (NCCA) each year."
    assert long_forms(text)["NCCA"] == "National Commission for Culture and the Arts"


@pytest.mark.parametrize(
    ("text", "tagged", "names"),
    [
        (
            "He won with the backing of Smer and the Slovak National Party on Friday.",
            "Smer and the Slovak National Party",
            {"Smer", "Slovak National Party"},
        ),
        (
            "Rules set by Ofgem and the Financial Conduct Authority changed in May.",
            "Ofgem and the Financial Conduct Authority",
            {"Ofgem", "Financial Conduct Authority"},
        ),
    ],
)
def test_and_the_before_a_name_with_a_head_word_parts_two_names(
    text: str, tagged: str, names: set[str], gazetteer: Gazetteer
) -> None:
    assert found_mentions(text, [(tagged, "ORG")], gazetteer) == names


def test_and_the_inside_one_bodys_remit_stays(gazetteer: Gazetteer) -> None:
    name = "National Commission for Culture and the Arts"
    text = f"The {name} funds the festival."
    assert found_mentions(text, [(name, "ORG")], gazetteer) == {name}


@pytest.mark.parametrize("title", ["Alhaji", "Hajia"])
def test_the_pilgrims_honorific_is_no_part_of_the_name(title: str, gazetteer: Gazetteer) -> None:
    text = f"The town's chairman, {title} Modu Kachalla Mustapha, said gunfire began at 3 a.m."
    found = found_mentions(text, [(f"{title} Modu Kachalla Mustapha", "PERSON")], gazetteer)
    assert found == {"Modu Kachalla Mustapha"}


@pytest.mark.parametrize("role", ["Co-author", "Co-founder"])
def test_a_shared_role_opening_a_sentence_is_no_part_of_the_name(
    role: str, gazetteer: Gazetteer
) -> None:
    text = f"{role} Wang Lihua, a professor of coastal engineering, said the lens was shrinking."
    assert found_mentions(text, [(f"{role} Wang Lihua", "PERSON")], gazetteer) == {"Wang Lihua"}
