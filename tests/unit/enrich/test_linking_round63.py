"""Round 63's rule, on small invented articles written in ordinary news style and run
through the real model: more of the ways English news says a thing's other name. The name
a person went by; what two countries call a place; what a place is called in a language
after what it is; a body's other name after "or", whatever the model called its first
name, and after a common noun it stands in apposition to; and a short form said to be
how "the city" is known."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from tests.unit.enrich.linking_helpers import enrich, same


def test_the_name_a_person_went_by_is_that_persons(enricher: Enricher) -> None:
    body = (
        "The army said its soldiers had killed six fighters, among them a commander named"
        " Boniface Tamfu, who went by the name General Ndop. Residents said Tamfu had led"
        " raids on the road for three years."
    )
    person = same(enrich(enricher, body), "Boniface Tamfu", "General Ndop", "Tamfu")
    assert person.type == "PERSON"


def test_what_two_countries_call_a_place_is_its_other_name(enricher: Enricher) -> None:
    body = (
        "Deception Island, which Argentina and Chile call Isla Decepción, lies off the"
        " peninsula. Scientists on Deception Island said the ice had retreated. Isla Decepción"
        " has a small research station."
    )
    place = same(enrich(enricher, body), "Deception Island", "Isla Decepción")
    assert place.type == "PLACE"


def test_a_place_called_so_in_a_language_after_what_it_is(enricher: Enricher) -> None:
    body = (
        "The vote was held in the assembly building in Porvoo, the region's oldest town,"
        " called Borgå in Swedish. Officials in Borgå said the ferry would run again in May."
    )
    place = same(enrich(enricher, body), "Porvoo", "Borgå")
    assert place.type == "PLACE"


def test_a_bodys_other_name_after_or_in_apposition_to_a_noun(enricher: Enricher) -> None:
    body = (
        "A new club, Amigos do Boneco, or Friends of the Puppet, has been formed to carry"
        " the figure. Amigos do Boneco will march on Sunday."
    )
    club = same(enrich(enricher, body), "Amigos do Boneco", "Friends of the Puppet")
    assert club.type == "ORG"


def test_a_firms_other_name_after_or_when_its_name_looks_a_persons(enricher: Enricher) -> None:
    body = (
        "Two makers were named: Sakamoto Seiki, or Sakamoto Precision, which makes titanium"
        " hinges for brands in Europe, and Kawada Frame. Sakamoto Precision employs 40 people."
    )
    firm = same(enrich(enricher, body), "Sakamoto Seiki", "Sakamoto Precision")
    assert firm.type == "ORG"


def test_a_short_form_said_to_be_how_the_city_is_known(enricher: Enricher) -> None:
    body = (
        "A court in the oil city of Caleta Olivia on Wednesday sentenced the captain. Wang,"
        " who was held in Caleta, as the port is commonly known, will be expelled."
    )
    place = same(enrich(enricher, body), "Caleta Olivia", "Caleta")
    assert place.type == "PLACE"
