"""Round 22's rule, on small invented sentences written in ordinary news style: in a report
of a match, a country that one contest or fixture cue names is its national side."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import types_of


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a result names the match; then "play France" is a fixture
        (
            "Hungary beat the holders Norway 29-27 on Friday to reach the final. "
            "Norway will play France for bronze.",
            "France",
        ),
        # one contest cue is enough in a match report
        (
            "Georgia beat Portugal 30-12 in the final. Spain, who beat Romania 27-20 in "
            "Madrid on Saturday, finished third.",
            "Romania",
        ),
        # a match's score line
        (
            "Cape Verde 2 Eswatini 0\n\nThe hosts top the group, and face Angola on Tuesday.",
            "Angola",
        ),
        # a fixture verb after the side
        (
            "Georgia stun Fiji 24-19 in the rain. Fiji play Wales in Cardiff next.",
            "Wales",
        ),
    ],
)
def test_in_a_match_report_a_country_with_one_cue_is_its_side(
    text: str, side: str, gazetteer: Gazetteer
) -> None:
    countries = ("Hungary", "Norway", "France", "Georgia", "Portugal", "Spain", "Romania")
    more = ("Cape Verde", "Eswatini", "Angola", "Fiji", "Wales")
    labels = {c: "GPE" for c in countries + more if c in text}
    assert types_of(text, labels, gazetteer)[side] == "ORG"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # no match reported: a fixture's words are said of countries too
        ("The European Union extended its sanctions against Russia on Monday.", "Russia"),
        ("The envoy will meet China's trade minister in Geneva next week.", "China"),
        # a vote's tally is no result
        (
            "The bill was defeated 52-41 in the Senate. Sanctions against Russia stay.",
            "Russia",
        ),
        # a player's country, in a report of a match between people
        (
            "Tom Bennett beat Carlos Ibarra 7-6 6-4 to win the title. It was a win over "
            "Spain's Carlos Ibarra that few expected, and a second over Ibarra this year.",
            "Spain",
        ),
    ],
)
def test_outside_a_match_report_a_country_stays_a_place(
    text: str, country: str, gazetteer: Gazetteer
) -> None:
    labels = {country: "GPE"}
    labels.update({n: "PERSON" for n in ("Tom Bennett", "Carlos Ibarra", "Ibarra") if n in text})
    labels.update({n: "ORG" for n in ("European Union", "Senate") if n in text})
    labels.update({n: "GPE" for n in ("Geneva",) if n in text})
    assert types_of(text, labels, gazetteer)[country] == "PLACE"
