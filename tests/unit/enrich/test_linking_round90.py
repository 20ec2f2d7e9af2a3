"""Round 90's rule, on small invented texts written in ordinary news style: a name the article
gives outright as another name's ("known as", "which Argentina calls", a body's name in
brackets) is a mention of that name's entity even where the model tagged none of it, or
only a piece of it; not a language ("whose name is Arabic for"), a possessive ("known as
Nigeria's food basket"), a title's part in brackets, an acronym or a person's epithet."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned, one_entity


@pytest.mark.parametrize(
    ("text", "labels", "name", "other"),
    [
        (
            "Ulcinj, known as Ulqin in Albanian, the language of most of its residents, is"
            " the southernmost town in Montenegro.",
            {"Ulcinj": "GPE", "Montenegro": "GPE"},
            "Ulcinj",
            "Ulqin",
        ),
        (
            "King George Island, which Argentina calls Isla 25 de Mayo, is the largest of the"
            " South Shetland Islands.",
            {"King George Island": "LOC", "Argentina": "GPE", "Isla": "GPE"},
            "King George Island",
            "Isla 25 de Mayo",
        ),
        (
            "The National Council (Národná rada) approved the amendment by 79 votes to 54.",
            {"National Council": "ORG", "Národná": "GPE"},
            "National Council",
            "Národná rada",
        ),
        (
            "The House of Chiefs, known in Setswana as Ntlo ya Dikgosi, met on Tuesday to"
            " discuss the bill.",
            {"House of Chiefs": "ORG", "Ntlo": "ORG", "Dikgosi": "GPE"},
            "House of Chiefs",
            "Ntlo ya Dikgosi",
        ),
        (
            "The Society to Keep Our Sea Clean, known locally as Umi no Kai, opposes the survey.",
            {"Society to Keep Our Sea Clean": "ORG"},
            "Society to Keep Our Sea Clean",
            "Umi no Kai",
        ),
        (
            "Atyrau, a city of about 300,000 that was called Guryev until 1991, sits on the"
            " river. The port of Mariupol, formerly Zhdanov, was rebuilt.",
            {"Mariupol": "GPE"},
            "Mariupol",
            "Zhdanov",
        ),
    ],
    ids=[
        "known as … in a language",
        "which a country calls",
        "in brackets after a body",
        "known in a language as, to the clause's end",
        "known locally as",
        "formerly",
    ],
)
def test_a_name_given_as_another_names_is_its_mention_where_the_model_missed_it(
    text: str, labels: dict[str, str], name: str, other: str, gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, (name, other), gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "not_a_name"),
    [
        (
            "Al-Quwa Al-Jawiya, whose name is Arabic for the air force, was founded in 1931.",
            {"Al-Quwa Al-Jawiya": "ORG"},
            "Arabic",
        ),
        (
            "Benue, known as Nigeria's food basket, has for years been the centre of the violence.",
            {"Benue": "GPE"},
            "Nigeria's",
        ),
        (
            "The tribunal sits under the Local Government (Property Valuation) Act of 1998.",
            {"Local Government": "ORG"},
            "Property Valuation",
        ),
        (
            "The Estonian Fund for Nature (Eestimaa Looduse Fond, ELF), an environmental"
            " group, opposes the bridge.",
            {"Estonian Fund for Nature": "ORG"},
            "Eestimaa Looduse Fond, ELF",
        ),
        (
            "The striker Amadou Keita, known as the Lion of Mali, scored twice.",
            {"Amadou Keita": "PERSON"},
            "Lion of Mali",
        ),
    ],
    ids=["a language", "a possessive", "a title's part", "two names in brackets", "an epithet"],
)
def test_what_a_cue_gives_is_not_taken_when_it_is_not_a_name(
    text: str, labels: dict[str, str], not_a_name: str, gazetteer: Gazetteer
) -> None:
    assert not_a_name not in linked(mentioned(text, labels), gazetteer)


def test_a_name_the_model_tagged_past_the_given_one_is_left_as_tagged(
    gazetteer: Gazetteer,
) -> None:
    text = "Hegra, known as Mada'in Salih Archaeological Park, draws visitors."
    labels = {"Hegra": "GPE", "Mada'in Salih Archaeological Park": "FAC"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert "Mada'in Salih" not in entities
    assert "Mada'in Salih Archaeological Park" in entities
