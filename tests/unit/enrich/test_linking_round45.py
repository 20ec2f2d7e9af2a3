"""Round 45's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from tests.unit.enrich.linking_helpers import linked, mentioned


def test_a_big_citys_short_name_is_the_one_in_the_country_the_article_names(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The factories stand in the free zone outside Santiago de los Caballeros, the "
        "Dominican Republic's second city. Rollers in Santiago earn twice the minimum wage."
    )
    labels = {
        "Santiago de los Caballeros": "GPE",
        "Dominican Republic": "GPE",
        "Santiago": "GPE",
    }
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Santiago"] is entities["Santiago de los Caballeros"]
    assert entities["Santiago"].place is not None
    assert entities["Santiago"].place.country_code == "DO"


def test_a_big_city_in_no_country_the_article_names_stays_where_it_is(
    gazetteer: Gazetteer,
) -> None:
    text = "Copper prices rose in Santiago on Monday, traders in Lima said."
    entities = linked(mentioned(text, {"Santiago": "GPE", "Lima": "GPE"}), gazetteer)
    assert entities["Santiago"].place is not None
    assert entities["Santiago"].place.country_code == "CL"


@pytest.mark.parametrize("name", ["Marambio Base", "Arturo Prat Base", "McConnell Air Force Base"])
def test_a_base_is_a_place_by_its_head_word(name: str) -> None:
    assert head_type(name) == "PLACE"


def test_the_person_a_base_is_named_after_stays_a_person(gazetteer: Gazetteer) -> None:
    text = (
        "The samples were taken near Arturo Prat Base, which Chile named after Arturo Prat, "
        "a naval hero. Arturo Prat Base is staffed all year."
    )
    labels = {"Arturo Prat Base": "PERSON", "Arturo Prat": "PERSON"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Arturo Prat Base"].type == "PLACE"
    assert entities["Arturo Prat"] is not entities["Arturo Prat Base"]
