"""Quotes with their speakers: each quotation attributed to a canonical PERSON."""

from __future__ import annotations

from collections.abc import Sequence

from newsflow_enrich.domain.attribution import PersonMention, attribute
from newsflow_enrich.domain.quotes import find_quote_spans
from newsflow_schemas import CanonicalEntity, Quote


def link_quotes(text: str, entities: Sequence[CanonicalEntity]) -> list[Quote]:
    people = [
        PersonMention(m.start, m.end, index)
        for index, entity in enumerate(entities)
        if entity.type == "PERSON"
        for m in entity.mentions
    ]
    spans = find_quote_spans(text)
    speakers = attribute(text, spans, sorted(people, key=lambda p: p.start))
    quotes = []
    for span, speaker in zip(spans, speakers, strict=True):
        entity = entities[speaker] if speaker is not None else None
        quotes.append(
            Quote(
                text=text[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=entity.name if entity else None,
                speaker_key=entity.alias_keys[0] if entity and entity.alias_keys else None,
            )
        )
    return quotes
