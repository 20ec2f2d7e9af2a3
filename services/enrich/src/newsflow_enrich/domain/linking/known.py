"""known_organisations.json: well-known bodies the model often types wrongly, as data."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from newsflow_enrich.domain.names import name_key


@cache
def known_organisations() -> frozenset[str]:
    """The folded names of known_organisations.json: typed ORG whatever the model said."""
    data = resources.files(__package__).joinpath("known_organisations.json")
    names = json.loads(data.read_text(encoding="utf-8"))["organisations"]
    return frozenset(name_key(n) for n in names)


def is_known_organisation(name: str) -> bool:
    """Whether the name, folded, is one of known_organisations.json's."""
    return name_key(name) in known_organisations()
