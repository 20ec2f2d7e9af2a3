"""Round 72's rule, on small invented articles written in ordinary news style: a place's
possessive is no part of the name of the body it owns ("Panama's Ministry of Environment",
"Russia's Federal Security Service"), whether the model took it into the name or the
name was read before an acronym or "known as"; not where the owner is a town the article
never names on its own ("Hudson's Bay Company") or a saint ("St James's University
Hospital"), or what follows is no body ("America's Cup")."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import enrich, entity_of, found_mentions, same


def test_a_countrys_body_known_by_another_name_is_named_without_the_country(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Panama's Ministry of Environment, known as MiAmbiente, said the findings would"
        " be used in planning."
    )
    names = [("Panama", "GPE"), ("Ministry of Environment", "ORG"), ("MiAmbiente", "PERSON")]
    assert set(entity_of(text, names, "MiAmbiente", gazetteer).forms) == {
        "Ministry of Environment",
        "MiAmbiente",
    }


def test_a_countrys_body_with_its_acronym_is_named_without_the_country(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The men were detained by border guards of Russia's Federal Security Service (FSB),"
        " which patrols the line. The FSB did not comment."
    )
    names = [("Russia", "GPE"), ("Federal Security Service", "ORG")]
    assert set(entity_of(text, names, "FSB", gazetteer).forms) == {
        "Federal Security Service",
        "FSB",
    }
    assert set(entity_of(text, names, "Russia", gazetteer).forms) == {"Russia"}


def test_a_countrys_body_and_its_other_name_are_one_entity(enricher: Enricher) -> None:
    body = (
        "Panama's Ministry of Environment, known as MiAmbiente, said the findings would be"
        " used to protect the forests of the canal's watershed. MiAmbiente has asked for"
        " more money to pay forest rangers."
    )
    enriched = enrich(enricher, body)
    assert same(enriched, "Ministry of Environment", "MiAmbiente").type == "ORG"
    assert same(enriched, "Panama").type == "PLACE"


def test_a_countrys_possessive_the_model_took_into_a_name_is_a_name_of_its_own(
    gazetteer: Gazetteer,
) -> None:
    text = "Russia's Federal Security Service said on Monday that it had detained a man."
    names = [("Russia's Federal Security Service", "ORG")]
    assert found_mentions(text, names, gazetteer) == {"Russia", "Federal Security Service"}


def test_a_city_the_article_names_alone_owns_its_body(gazetteer: Gazetteer) -> None:
    text = "Macau's Housing Bureau will build 5,000 flats. Macau has 680,000 people."
    names = [("Macau's Housing Bureau", "ORG"), ("Macau", "GPE")]
    assert found_mentions(text, names, gazetteer) == {"Macau", "Housing Bureau"}


def test_a_name_that_holds_a_possessive_is_kept_whole(gazetteer: Gazetteer) -> None:
    text = "The Hudson's Bay Company closed its stores before America's Cup racing began."
    names = [("Hudson's Bay Company", "ORG"), ("America's Cup", "EVENT")]
    assert found_mentions(text, names, gazetteer) == {"Hudson's Bay Company", "America's Cup"}


def test_a_saints_possessive_is_part_of_the_name(gazetteer: Gazetteer) -> None:
    text = (
        "Doctors at St James's University Hospital said the ward would reopen. St James"
        " is the largest teaching hospital in the city."
    )
    names = [("St James's University Hospital", "ORG"), ("St James", "GPE")]
    assert "St James's University Hospital" in found_mentions(text, names, gazetteer)
