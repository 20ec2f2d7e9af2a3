"""Pass 4b, lists: after each entity is typed alone, a name listed right after a place that
the text puts somewhere is a place too ("in Herefordshire and Powys"); round 28: a name
listed with a party is a party ("the Popular Party, Sumar and Vox")."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from newsflow_enrich.domain.linking.document import Entity
from newsflow_enrich.domain.linking.heads import ORG, PERSON, PLACE, head_type
from newsflow_enrich.domain.linking.known import is_known_organisation
from newsflow_enrich.domain.names import word_set

_LIST_SEPARATORS = frozenset({" and ", ", ", ", and ", " or "})
# Round 61: what follows an item that a bare comma joins, when the list goes on ("in
# Florence, Casa Grande and Eloy"); a verb after it makes the comma close an opening
# phrase ("at Addis Ababa Stadium, Ethiopian Coffee went ahead").
_LIST_GOES_ON = (",", " and ", " or ")
# Round 28: a party's name, by its last word ("Popular Party", "Democratic Coalition",
# "the Socialists"), and what may stand between two parties of a list.
_PARTY_WORDS = word_set(
    "party coalition socialists democrats greens liberals conservatives nationalists bloc"
)
_PARTY_SEPARATORS = _LIST_SEPARATORS | {" and the ", ", the ", ", and the ", " or the "}


def places_by_list(entities: list[Entity], text: str) -> list[Entity]:
    """ "in Herefordshire and Powys", "on Arran and Mull", "to Skegness and Sleaford": a
    name listed right after a place that the text puts somewhere is a place too, unless
    it is a person's full name or its head word says otherwise. The list goes on
    ("towns including Florence, Casa Grande and Eloy"). Round 61: after a bare comma, only
    where the list goes on past the name ("at Addis Ababa Stadium, Ethiopian Coffee went
    ahead": the comma closes an opening phrase)."""
    owner = sorted((s.start, s.end, i, s) for i, e in enumerate(entities) for s in e.spans)
    where = False
    for (_, end, i, span), (start, _, j, item) in pairwise(owner):
        between = text[end:start]
        # round 28: not an owner after a comma ("at the George Capwell, Emelec's ground");
        # round 61: nor a bare comma's name the list does not go on past
        listed = (
            between in _LIST_SEPARATORS
            and not item.possessive
            and (between != ", " or text.startswith(_LIST_GOES_ON, item.end))
        )
        if entities[i].type == PLACE and (span.locative or span.feature or span.spatial):
            where = True
        elif not listed or entities[i].type != PLACE:
            where = False
        if where and listed and _retypable(entities[j]):
            entities[j] = replace(entities[j], type=PLACE)
    return entities


def _retypable(entity: Entity) -> bool:
    names = entity.forms
    unknown = not any(is_known_organisation(f) for f in names)
    nationality = any(s.adjectival for s in entity.spans)  # "Russian and Ukrainian troops"
    retypable = entity.type in (ORG, PERSON, "NORP") and not (entity.is_person or nationality)
    return retypable and unknown and not any(head_type(f) for f in names)


def parties_by_list(entities: list[Entity], text: str) -> list[Entity]:
    """Round 28: "21 against from the Popular Party, Sumar and Vox", "the backing of Smer
    and the Slovak National Party", "voted with the Socialists, Chunta Aragonesista and
    Podemos": a name listed right before or after a party is a party, unless the text puts
    it somewhere, it is a person's full name, or its head word says otherwise. The list goes
    on in both directions."""
    owner = sorted((s.start, s.end, i) for i, e in enumerate(entities) for s in e.spans)
    listed = [
        (i, j)
        for (_, end, i), (start, _, j) in pairwise(owner)
        if i != j and text[end:start] in _PARTY_SEPARATORS
    ]
    party = {i for i, e in enumerate(entities) if e.type == ORG and _party(e)}
    for pairs in (listed, [(j, i) for i, j in reversed(listed)]):
        for i, j in pairs:
            if i in party and j not in party and _party_retypable(entities[j]):
                entities[j] = replace(entities[j], type=ORG)
                party.add(j)
    return entities


def _party(entity: Entity) -> bool:
    return any(f.split()[-1].lower() in _PARTY_WORDS for f in entity.forms)


def _party_retypable(entity: Entity) -> bool:
    somewhere = any(s.locative or s.spatial or s.feature or s.dateline for s in entity.spans)
    return (
        entity.type == PLACE
        and not (entity.is_person or somewhere)
        and not any(head_type(f) for f in entity.forms)
    )
