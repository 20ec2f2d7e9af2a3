"""Round 76's rule, on small invented texts written in ordinary news style: a people's
adjective before a noun it describes is neither a place nor a language ("in Tanzanian
valley", "Cretan court orders", "Tigrayan forces"), and a people's word made from a
country's name by the English endings of "Honduran", "Lebanese", "Portuguese", "Belgian"
and "Ecuadorean" is a people's word; not a place's own name before its head word ("Hunan
province"), nor one the article puts something in."""

from __future__ import annotations

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.nationalities import is_nationality
from tests.unit.enrich.linking_helpers import typed


def test_a_nationality_after_in_before_a_noun_is_no_language(gazetteer: Gazetteer) -> None:
    text = "Insecticide strips cut malaria in Tanzanian valley, a trial in Ifakara finds."
    types = typed(text, [("Tanzanian", "NORP"), ("Ifakara", "GPE")], gazetteer)
    assert types == {"Tanzanian": "NORP", "Ifakara": "PLACE"}


def test_the_adjective_of_a_place_the_gazetteer_lacks_is_no_place(gazetteer: Gazetteer) -> None:
    text = (
        "Cretan court orders demolition of guesthouse near Chania. The park is a refuge of"
        " the Sumatran elephant. Tigrayan forces moved into the villages."
    )
    names = [("Cretan", "GPE"), ("Chania", "GPE"), ("Sumatran", "GPE"), ("Tigrayan", "GPE")]
    types = typed(text, names, gazetteer)
    assert types == {"Cretan": "NORP", "Chania": "PLACE", "Sumatran": "NORP", "Tigrayan": "NORP"}


def test_a_place_before_its_own_head_word_or_put_in_stays_a_place(gazetteer: Gazetteer) -> None:
    text = (
        "Farmers in Hunan province marched on Monday. Flights from Sumatran were cancelled,"
        " and Sumatran officials said so. The river flows into the Neman near Kaunas, and"
        " Neman barges carry grain. Growers in eastern Saskatchewan lost their crop."
    )
    names = [("Hunan", "GPE"), ("Sumatran", "GPE"), ("Neman", "LOC"), ("Saskatchewan", "GPE")]
    types = typed(text, names, gazetteer)
    assert set(types.values()) == {"PLACE"}


def test_a_places_own_ending_is_no_peoples_adjective(gazetteer: Gazetteer) -> None:
    text = "A Hunan battery maker and the Burgan field's owner signed the deal."
    types = typed(text, [("Hunan", "GPE"), ("Burgan", "GPE")], gazetteer)
    assert types == {"Hunan": "PLACE", "Burgan": "PLACE"}


def test_a_peoples_word_by_the_endings_english_gives_it(gazetteer: Gazetteer) -> None:
    words = ("Honduran", "Lebanese", "Portuguese", "Belgian", "Ecuadorean", "Texan")
    assert [w for w in words if not is_nationality(w, gazetteer)] == []
    assert not is_nationality("Dallan", gazetteer)  # "Dallas" is a city, not a country
