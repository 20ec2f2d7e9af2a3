"""Round 43's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            'Park Min-jun, the union leader, spoke first. "We want it written down," Park '
            "said. Park Ji-hoon, an analyst at a Seoul bank, said the deal was fair.",
            {"Park Min-jun": "PERSON", "Park": "PERSON", "Park Ji-hoon": "PERSON"},
        ),
        (
            "Lee Kah Wai, 61, the managing director, was jailed for five years. Lee's son, "
            "Lee Jun Hao, 33, was acquitted. Lee's lawyer said he would appeal.",
            {"Lee Kah Wai": "PERSON", "Lee": "ORG", "Lee Jun Hao": "PERSON"},
        ),
    ],
    ids=["said", "possessive"],
)
def test_a_family_name_written_first_and_shared_is_the_first_introduced(
    text: str, labels: dict[str, str], gazetteer: Gazetteer
) -> None:
    first, family, second = labels
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[family] is entities[first]
    assert entities[family] is not entities[second]
    assert entities[family].type == "PERSON"


def test_a_shared_first_name_with_no_cue_stays_apart(gazetteer: Gazetteer) -> None:
    text = (
        "Maria Lopez and Maria Garcia ran the shelter. Volunteers came from across Maria "
        "to help, the report said."
    )
    labels = {"Maria Lopez": "PERSON", "Maria Garcia": "PERSON", "Maria": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Maria"] is not entities["Maria Lopez"]
    assert entities["Maria"] is not entities["Maria Garcia"]
