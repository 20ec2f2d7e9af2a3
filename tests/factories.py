"""Events built by hand for tests that need no NLP: no spaCy, no VADER."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from newsflow_schemas import (
    CanonicalEntity,
    DeadLetter,
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
    article_id,
)

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
MODEL = ModelInfo(
    ner_model="en_core_web_sm",
    ner_model_version="3.8.0",
    sentiment_model="vaderSentiment",
    sentiment_model_version="3.3.2",
)


def raw_article(
    title: str | None = None, body: str = "Zelensky spoke in Kyiv.", **fields: object
) -> RawArticle:
    """A new article each call (the title is unique) unless the title is given."""
    title = title or f"Story {uuid4().hex[:8]}"
    values: dict[str, object] = {
        "article_id": article_id(url=None, title=title, body=body),
        "title": title,
        "body": body,
        "source": "test",
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
    language: str | None = "en",
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
        language=language,
    )


def enriched_article(
    raw: RawArticle | None = None, *, compound: float = -0.4, minutes_later: int = 1
) -> EnrichedArticle:
    """An enriched article whose one raw entity is "Zelensky", where the text names him."""
    raw = raw or raw_article()
    start = raw.text.find("Zelensky")
    entities = [mention("Zelensky", "PERSON", start)] if start >= 0 else []
    return enriched(
        raw, entities=entities, compound=compound, enriched_after=timedelta(minutes=minutes_later)
    )


def dead_letter() -> DeadLetter:
    return DeadLetter(
        stage="enrich", reason="invalid_raw_article", error="bad", payload="{}", failed_at=T0
    )


def unchecked_raw_article(body: str) -> RawArticle:
    """An article RawArticle v3 would refuse (a NUL, say), as an older producer could have
    written it before v3: the store must still not let it block a partition."""
    valid = raw_article(body="placeholder")
    return RawArticle.model_construct(**(valid.model_dump() | {"body": body}))
