"""EnrichedArticle test values built by hand: no spaCy, no VADER."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from newsflow_schemas import (
    CanonicalEntity,
    DocumentSentiment,
    EnrichedArticle,
    EntityMention,
    GeoPlace,
    Mention,
    ModelInfo,
    Quote,
    RawArticle,
    SentimentLabel,
    Timings,
)

T0 = datetime(2025, 11, 27, 9, 0, tzinfo=UTC)
MODEL = ModelInfo(
    ner_model="en_core_web_sm",
    ner_model_version="3.8.0",
    sentiment_model="vaderSentiment",
    sentiment_model_version="3.3.2",
)


def new_article_id() -> str:
    return uuid.uuid4().hex


def raw_article(
    article_id: str | None = None, title: str = "Markets rally", **fields: object
) -> RawArticle:
    values: dict[str, object] = {
        "article_id": article_id or new_article_id(),
        "title": title,
        "standfirst": "Shares rose on Monday.",
        "body": "The FTSE 100 closed higher as the Bank of England held rates.",
        "url": None,
        "source": "file:test",
        "ingested_at": T0,
    }
    return RawArticle.model_validate(values | fields)


def mention(text: str, label: str = "ORG", start: int = 0) -> EntityMention:
    return EntityMention(text=text, label=label, start=start, end=start + len(text))


def canonical(
    name: str,
    type_: str = "PERSON",
    keys: Sequence[str] = (),
    *,
    aliases: Sequence[str] = (),
    count: int = 1,
    start: int = 0,
    sentiment: float | None = None,
    geonames_id: int | None = None,
) -> CanonicalEntity:
    place = None
    if geonames_id is not None:
        place = GeoPlace(
            geonames_id=geonames_id,
            name=name,
            country_code="UA",
            latitude=50.0,
            longitude=36.0,
            feature="city",
        )
    return CanonicalEntity(
        name=name,
        type=type_,
        kind=type_,
        aliases=tuple(aliases) or (name,),
        alias_keys=tuple(keys) or (f"{type_}:{name.casefold()}",),
        mentions=tuple(
            Mention(text=name, start=start + i, end=start + i + 1, sentence=0) for i in range(count)
        ),
        mention_count=count,
        salience=0.5,
        sentiment=sentiment,
        place=place,
    )


def quote(text: str, speaker: str | None = None, speaker_key: str | None = None) -> Quote:
    return Quote(text=text, start=0, end=len(text), speaker=speaker, speaker_key=speaker_key)


def enriched(
    article: RawArticle | None = None,
    *,
    entities: Sequence[EntityMention] = (),
    canonical_entities: Sequence[CanonicalEntity] = (),
    quotes: Sequence[Quote] = (),
    duplicate_of: str | None = None,
    compound: float = 0.5,
    enriched_after: timedelta = timedelta(seconds=1),
) -> EnrichedArticle:
    article = article or raw_article()
    label = SentimentLabel.POSITIVE if compound >= 0.05 else SentimentLabel.NEUTRAL
    if compound <= -0.05:
        label = SentimentLabel.NEGATIVE
    return EnrichedArticle(
        article=article,
        text=article.text,
        entities=tuple(entities),
        sentiment=DocumentSentiment(compound=compound, label=label),
        model=MODEL,
        timings=Timings(ner_seconds=0.01, sentiment_seconds=0.001, total_seconds=0.011),
        enriched_at=article.ingested_at + enriched_after,
        canonical_entities=tuple(canonical_entities),
        quotes=tuple(quotes),
        duplicate_of=duplicate_of,
    )
