"""known_organisations.json: well-known bodies the model often types wrongly, as data."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from newsflow_enrich.domain.names import name_key


@cache
def _data() -> dict[str, Any]:
    data = resources.files(__package__).joinpath("known_organisations.json")
    loaded: dict[str, Any] = json.loads(data.read_text(encoding="utf-8"))
    return loaded


@cache
def known_organisations() -> frozenset[str]:
    """The folded names of known_organisations.json: typed ORG whatever the model said."""
    return frozenset(name_key(n) for n in _data()["organisations"])


@cache
def _bodies() -> dict[str, int]:
    """Round 60: each folded name of a body that news calls by several ("UN" and "United
    Nations"), to the number of its list in "one_body"."""
    return {name_key(n): i for i, names in enumerate(_data()["one_body"]) for n in names}


def body_of(key: str) -> int | None:
    """Which of "one_body"'s well-known bodies a folded name names, if any."""
    return _bodies().get(key)


def is_known_organisation(name: str) -> bool:
    """Whether the name, folded, is one of known_organisations.json's."""
    return name_key(name) in known_organisations()
