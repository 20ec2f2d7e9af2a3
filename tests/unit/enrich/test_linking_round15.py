"""Round 15's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import found_mentions, typed


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The road crosses land used by the Saramaka and Aukan peoples.", "Aukan", "GPE"),
        ("The mine halted output as Quechua communities blocked the road.", "Quechua", "GPE"),
        ("Clashes between the army and armed Dinka youth left six dead.", "Dinka", "ORG"),
        ("A carpet woven by the Tekke tribe went on show in Ashgabat.", "Tekke", "ORG"),
        ("Gagauzia, the Turkic-speaking region, voted on Sunday.", "Turkic", "GPE"),
        ("The Hungarians, who finished third, flew home on Monday.", "Hungarians", "PERSON"),
    ],
)
def test_a_name_before_a_peoples_noun_names_a_people(
    text: str, name: str, label: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, [(name, label)], gazetteer)[name] == "NORP"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The wider Shetland community is waiting for a decision.", "Shetland"),
        ("Dona Neide is a leader of the Mamuna community in the hills.", "Mamuna"),
        ("Flooding cut off Swansea communities for two days.", "Swansea"),
    ],
)
def test_a_place_before_its_community_stays_a_place(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, [(name, "GPE")], gazetteer)[name] == "PLACE"


def test_sister_is_a_nuns_title(gazetteer: Gazetteer) -> None:
    text = "Sister Bernadette Nkwenti runs the school in Bamenda."
    assert "Bernadette Nkwenti" in found_mentions(
        text, [("Sister Bernadette Nkwenti", "PERSON")], gazetteer
    )
