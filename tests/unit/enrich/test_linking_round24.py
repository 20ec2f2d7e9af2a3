"""Round 24's rules, on small invented sentences written in ordinary news style: an acronym
in brackets may carry capitals with diacritics or a hyphenated part, and a long form never
runs back over an earlier bracket or a sentence's end; in a headline in capitals, words the
article writes in lower case, or nowhere else, are no part of a name."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import found_mentions, one_entity


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The Freedom Party (FPÖ) voted against the line. The FPÖ called it a waste.",
            "Freedom Party",
            "FPÖ",
        ),
        (
            "The regent is backed by the Indonesian Democratic Party of Struggle (PDI-P). "
            "PDI-P won most seats in 2019.",
            "Indonesian Democratic Party of Struggle",
            "PDI-P",
        ),
        (
            "Fighters loyal to the Sudan People's Liberation Movement-in-Opposition "
            "(SPLM-IO) took the town. SPLM-IO denied it.",
            "Sudan People's Liberation Movement-in-Opposition",
            "SPLM-IO",
        ),
    ],
)
def test_an_acronym_with_diacritics_or_a_hyphen_is_defined_in_brackets(
    text: str, name: str, acronym: str, gazetteer: Gazetteer
) -> None:
    labels = {name: "ORG", acronym: "ORG"}
    assert one_entity(text, labels, (name, acronym), gazetteer)


def test_a_long_form_stops_at_the_bracket_of_the_acronym_before_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The search collapsed after the Styrian People's Party (ÖVP) and the Social "
        "Democrats (SPÖ) each backed a different candidate. The SPÖ said it would wait."
    )
    labels = {"Styrian People's Party": "ORG", "Social Democrats": "ORG", "SPÖ": "ORG"}
    assert one_entity(text, labels, ("Social Democrats", "SPÖ"), gazetteer)
    assert not one_entity(text, labels, ("Styrian People's Party", "SPÖ"), gazetteer)


def test_a_long_form_never_runs_over_the_end_of_a_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Its clients include NASA and the European Space Agency. Kongsberg Satellite "
        "Services (KSAT), which operates the station, said no data was lost."
    )
    labels = {
        "European Space Agency": "ORG",
        "Kongsberg Satellite Services": "ORG",
        "KSAT": "ORG",
    }
    assert one_entity(text, labels, ("Kongsberg Satellite Services", "KSAT"), gazetteer)


def test_in_a_headline_in_capitals_words_written_small_or_nowhere_else_are_no_name(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "GOVERNMENT SURVIVES CAR TAX VOTE AS ISAMAA WALKS OUT\n\n"
        "The government won the vote on the car tax by 52 to 41 after Isamaa left the "
        "chamber. Isamaa said the tax would hurt rural families."
    )
    names = [
        ("GOVERNMENT SURVIVES CAR TAX VOTE", "ORG"),
        ("ISAMAA", "ORG"),
        ("Isamaa", "ORG"),
        ("Isamaa", "ORG"),
    ]
    found = found_mentions(text, names, gazetteer)
    assert "ISAMAA" in found
    assert not any("SURVIVES" in m or "GOVERNMENT" in m for m in found)


def test_in_a_headline_in_capitals_a_name_keeps_the_words_the_article_names(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "SVALBARD CABLE CUT FOR THE SECOND TIME\n\n"
        "The cable that links Svalbard to the mainland was cut again on Tuesday, the "
        "operator said. Svalbard's satellite station was not affected."
    )
    found = found_mentions(text, [("SVALBARD CABLE", "ORG"), ("Svalbard", "GPE")], gazetteer)
    assert "SVALBARD" in found and "SVALBARD CABLE" not in found


def test_a_name_in_a_headline_in_ordinary_case_is_left_whole(gazetteer: Gazetteer) -> None:
    text = (
        "Svalbard Cable Cut for the Second Time\n\n"
        "The Svalbard Cable was cut again on Tuesday, the operator said."
    )
    names = [("Svalbard Cable", "ORG"), ("Svalbard Cable", "ORG")]
    assert "Svalbard Cable" in found_mentions(text, names, gazetteer)
