"""What the read API answers with. These models are its OpenAPI contract."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel


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


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    next_cursor: str | None


class LinkedEntity(BaseModel):
    entity_id: int
    name: str
    type: str
    mention_count: int
    salience: float
    sentiment: float | None


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
    mentions: int
    articles: int


class EntityPage(BaseModel):
    items: list[EntityCount]
    next_cursor: str | None


class DailyMentions(BaseModel):
    day: date
    mentions: int
    articles: int


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
