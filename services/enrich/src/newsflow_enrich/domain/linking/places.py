"""Pass 5, places: a PLACE entity gets its gazetteer record, a point on the map
(candidates.py says which)."""

from __future__ import annotations

from dataclasses import replace

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.candidates import place_candidate
from newsflow_enrich.domain.linking.document import Document, Entity
from newsflow_enrich.domain.linking.heads import PLACE


def pin_places(document: Document, gazetteer: Gazetteer) -> Document:
    return replace(
        document,
        entities=tuple(_pinned(e, gazetteer, document.countries) for e in document.entities),
    )


def _pinned(entity: Entity, gazetteer: Gazetteer, countries: frozenset[str]) -> Entity:
    if entity.type != PLACE:
        return entity
    candidate = place_candidate(entity.forms, gazetteer, countries)
    return replace(entity, place=candidate.place if candidate is not None else None)
