"""Pass 4b, lists of places: after each entity is typed alone, a name listed right after a
place that the text puts somewhere is a place too ("in Herefordshire and Powys")."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from newsflow_enrich.domain.linking.document import Entity
from newsflow_enrich.domain.linking.heads import ORG, PERSON, PLACE, head_type
from newsflow_enrich.domain.linking.known import known_organisations
from newsflow_enrich.domain.names import name_key

_LIST_SEPARATORS = frozenset({" and ", ", ", ", and ", " or "})


def places_by_list(entities: list[Entity], text: str) -> list[Entity]:
    """ "in Herefordshire and Powys", "on Arran and Mull", "to Skegness and Sleaford": a
    name listed right after a place that the text puts somewhere is a place too, unless
    it is a person's full name or its head word says otherwise. The list goes on
    ("towns including Florence, Casa Grande and Eloy")."""
    owner = sorted((s.start, s.end, i, s) for i, e in enumerate(entities) for s in e.spans)
    where = False
    for (_, end, i, span), (start, _, j, _) in pairwise(owner):
        listed = text[end:start] in _LIST_SEPARATORS
        if entities[i].type == PLACE and (span.locative or span.feature or span.spatial):
            where = True
        elif not listed or entities[i].type != PLACE:
            where = False
        if where and listed and _retypable(entities[j]):
            entities[j] = replace(entities[j], type=PLACE)
    return entities


def _retypable(entity: Entity) -> bool:
    names = entity.forms
    unknown = not any(name_key(f) in known_organisations() for f in names)
    nationality = any(s.adjectival for s in entity.spans)  # "Russian and Ukrainian troops"
    retypable = entity.type in (ORG, PERSON, "NORP") and not (entity.is_person or nationality)
    return retypable and unknown and not any(head_type(f) for f in names)
