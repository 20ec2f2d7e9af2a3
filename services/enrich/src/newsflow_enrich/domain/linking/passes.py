"""One article's canonical entities: passes over one Document, in order.

Each pass reads the Document and returns it extended: mentions -> acronyms -> short
forms -> clusters -> types -> places -> more mentions; then the records are published.
A pass can be run, and measured, alone on a Document built by the passes before it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.acronyms import bind_acronyms
from newsflow_enrich.domain.linking.clusters import cluster
from newsflow_enrich.domain.linking.document import ArticleText, Document
from newsflow_enrich.domain.linking.entity_types import decide_types
from newsflow_enrich.domain.linking.mentions import find_mentions
from newsflow_enrich.domain.linking.more_mentions import find_more_mentions
from newsflow_enrich.domain.linking.places import pin_places
from newsflow_enrich.domain.linking.records import canonical_entities
from newsflow_enrich.domain.linking.short_forms import bind_short_forms
from newsflow_enrich.domain.parse_cues import raw_entities
from newsflow_schemas import CanonicalEntity

Pass = Callable[[Document, Gazetteer], Document]
PASSES: tuple[Pass, ...] = (
    find_mentions,
    bind_acronyms,
    bind_short_forms,
    cluster,
    decide_types,
    pin_places,
    find_more_mentions,
)


def link_entities(article: ArticleText, doc: Doc, gazetteer: Gazetteer) -> list[CanonicalEntity]:
    return canonical_entities(run_passes(Document(article, tuple(raw_entities(doc))), gazetteer))


def run_passes(
    document: Document, gazetteer: Gazetteer, passes: tuple[Pass, ...] = PASSES
) -> Document:
    for step in passes:
        document = step(document, gazetteer)
    return document
