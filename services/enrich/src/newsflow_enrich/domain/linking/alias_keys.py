"""Alias keys: the join keys the store uses to link one entity across articles.

A key is the entity type, a colon and a folded name (see names.py), so the same name in
two articles gives the same key, and the same name with two types does not.
- PLACE: `PLACE:geonames:<id>` first when the gazetteer linked it, then its names.
- PERSON: every full name, title and initials dropped (`PERSON:volodymyr zelensky`), first;
  a hyphenated name is one word (`PERSON:kim seoyeon`).
  The bare surname (`PERSON:zelensky`; the one the article uses alone, so
  `PERSON:taddei` for "Guadalupe Taddei Zavala" and `PERSON:kim` for "Kim Seo-yeon") is
  added only when this article names no other person with that surname, and it is the
  only key of someone the article never names in full ("Putin"). A surname key can
  still join two different people across articles (a Smith here, another Smith there),
  so a consumer should trust a full-name or GeoNames key over a surname key: the first
  key is always the most specific.
- Others: every name and acronym (`ORG:competition and markets authority`, `ORG:cma`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsflow_enrich.domain.names import name_key, person_tokens, surname
from newsflow_schemas import GeoPlace


def alias_keys(
    entity_type: str, forms: Sequence[str], place: GeoPlace | None, surnames: Counter[str]
) -> list[str]:
    if entity_type == "PERSON":
        return person_keys(forms, surnames)
    if entity_type == "PLACE":
        return place_keys(forms, place)
    return other_keys(entity_type, forms)


def person_keys(forms: Sequence[str], shared_surnames: Counter[str]) -> list[str]:
    # In the article's order, not a set's: of two full names of one length, the one the
    # article writes first leads, whatever the interpreter's hash seed.
    in_order = dict.fromkeys(" ".join(person_tokens(f)) for f in forms)
    names = sorted(in_order, key=lambda n: -len(n.split()))
    full = [n for n in names if len(n.split()) > 1]
    keys = [f"PERSON:{n}" for n in full]
    full_forms = [f for f in forms if len(person_tokens(f)) > 1]
    called = {" ".join(person_tokens(surname(f, forms))) for f in full_forms}
    surnames = called or {n for n in names if n}
    keys += [f"PERSON:{s}" for s in sorted(surnames) if shared_surnames[s] <= 1 or not full]
    return _unique(keys)


def place_keys(forms: Sequence[str], place: GeoPlace | None) -> list[str]:
    keys = [f"PLACE:geonames:{place.geonames_id}"] if place is not None else []
    return _unique(keys + [f"PLACE:{name_key(f)}" for f in forms if name_key(f)])


def other_keys(entity_type: str, forms: Sequence[str]) -> list[str]:
    return _unique([f"{entity_type}:{name_key(f)}" for f in forms if name_key(f)])


def surname_counts(person_forms: Sequence[Sequence[str]]) -> Counter[str]:
    """How many people in the article carry each surname (by their fullest name)."""
    counts: Counter[str] = Counter()
    for forms in person_forms:
        tokens = max((person_tokens(f) for f in forms), key=len, default=[])
        if tokens:
            counts[tokens[-1]] += 1
    return counts


def _unique(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))
