"""Round 82's rule, on small invented texts written in ordinary news style: a body's or a
place's name, its acronym in brackets, perhaps what it is, then "known … as" and another
name ("the Pan American Health Organization (PAHO), known in Spanish as OPS"): the other
name is the body's or the place's, in capitals too, whatever the model called it; not a
name known so after a list goes on past the brackets."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned


@pytest.mark.parametrize(
    ("text", "labels", "name", "other"),
    [
        (
            "The study was paid for by the Pan American Health Organization (PAHO), known in"
            " Spanish as OPS, which sent two nurses. OPS staff will return in May.",
            {"Pan American Health Organization": "ORG", "PAHO": "ORG", "OPS": "PERSON"},
            "Pan American Health Organization",
            "OPS",
        ),
        (
            "Culls need the approval of the Federal Office for the Environment (FOEN), known"
            " by its German initials as BAFU. The office turned down two requests.",
            {"Federal Office for the Environment": "ORG", "FOEN": "ORG", "BAFU": "ORG"},
            "Federal Office for the Environment",
            "BAFU",
        ),
        (
            "The case was filed by the Anti-Corruption Commission (ACC), the country's"
            " graft watchdog, known in Bengali as the Durnity Daman Commission, in 2021.",
            {
                "Anti-Corruption Commission": "ORG",
                "ACC": "ORG",
                "Durnity Daman Commission": "ORG",
            },
            "Anti-Corruption Commission",
            "Durnity Daman Commission",
        ),
        (
            "The lake lies in the Gorno-Badakhshan Autonomous Region (GBAO), known in Tajik as"
            " Kuhistoni Badakhshon, a remote province in the Pamirs.",
            {
                "Gorno-Badakhshan Autonomous Region": "GPE",
                "GBAO": "ORG",
                "Kuhistoni Badakhshon": "PERSON",
            },
            "Gorno-Badakhshan Autonomous Region",
            "Kuhistoni Badakhshon",
        ),
    ],
    ids=["in a language, in capitals", "by its initials", "what it is between", "a place"],
)
def test_the_name_known_so_after_the_acronym_is_the_bodys_own(
    text: str, labels: dict[str, str], name: str, other: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[other] is entities[name]
    assert entities[other].type == entities[name].type != "PERSON"


def test_a_list_going_on_past_the_brackets_leaves_the_name_known_so_apart(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Funds came from the Pan American Health Organization (PAHO), and from a charity"
        " in Lima, known in Spanish as Manos Unidas, which trains nurses."
    )
    labels = {
        "Pan American Health Organization": "ORG",
        "PAHO": "ORG",
        "Lima": "GPE",
        "Manos Unidas": "ORG",
    }
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Manos Unidas"] is not entities["Pan American Health Organization"]
