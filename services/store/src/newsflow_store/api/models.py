"""What the read API answers with. These models are its OpenAPI contract."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class EntityType(StrEnum):
    """The types enrich gives a canonical entity: PLACE for GPE, LOC and FAC."""

    PERSON = "PERSON"
    ORG = "ORG"
    PLACE = "PLACE"
    NORP = "NORP"
    EVENT = "EVENT"
    LAW = "LAW"
    PRODUCT = "PRODUCT"
    WORK_OF_ART = "WORK_OF_ART"


class Sentiment(StrEnum):
    positive = "positive"
    neutral = "neutral"
    negative = "negative"


class ArticleSummary(BaseModel):
    article_id: str
    title: str
    url: str | None
    source: str
    published_at: datetime | None
    ingested_at: datetime
    sentiment_label: Sentiment
    sentiment_compound: float
    duplicate_of: str | None
    language: str = Field(
        description="Detected in the text by enrich: ISO 639-1 (639-3 where a language has "
        "none), und when it could not be told."
    )


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    next_cursor: str | None


class MentionOut(BaseModel):
    text: str
    start: int = Field(description="Character offset of the mention in the enriched text.")
    end: int
    sentence: int = Field(description="Index of the sentence the mention is in.")


class LinkedEntity(BaseModel):
    entity_id: int
    name: str
    type: str
    mention_count: int
    salience: float
    sentiment: float | None
    mentions: list[MentionOut] = Field(
        description="Where the article names it; empty for events stored before offsets."
    )


class QuoteOut(BaseModel):
    text: str
    speaker: str | None
    speaker_entity_id: int | None


class ArticleDetail(ArticleSummary):
    standfirst: str
    body: str
    enriched_at: datetime
    stored_at: datetime
    trace_id: str | None
    entities: list[LinkedEntity]
    quotes: list[QuoteOut]


class EntityCount(BaseModel):
    entity_id: int
    name: str
    type: str
    mention_count: int
    article_count: int


class EntityPage(BaseModel):
    items: list[EntityCount]
    next_cursor: str | None


class DailyMentions(BaseModel):
    day: date
    mention_count: int
    article_count: int


class Place(BaseModel):
    geonames_id: int
    country_code: str | None
    latitude: float | None
    longitude: float | None


class EntityDetail(BaseModel):
    entity_id: int
    name: str
    type: str
    kind: str
    aliases: list[str]
    place: Place | None
    article_count: int
    average_sentiment: float | None
    mentions_per_day: list[DailyMentions]
