"""What the story, co-occurrence and trending endpoints answer with (their OpenAPI contract)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from newsflow_store.api.models import ArticleSummary


class StoryEntity(BaseModel):
    entity_id: int
    name: str
    type: str
    article_count: int = Field(description="Articles of the story that mention it.")


class StorySummary(BaseModel):
    story_id: str = Field(description="The article_id of the story's first article.")
    title: str = Field(description="The headline of the story's latest article.")
    article_count: int
    sources: list[str]
    first_seen: datetime = Field(description="Published (else ingested) time of the first.")
    last_seen: datetime
    mean_sentiment: float = Field(description="Mean compound sentiment of its articles.")
    top_entities: list[StoryEntity]


class StoryPage(BaseModel):
    items: list[StorySummary]
    next_cursor: str | None


class HourlySentiment(BaseModel):
    hour: datetime
    article_count: int
    mean_sentiment: float


class StoryDetail(StorySummary):
    articles: list[ArticleSummary] = Field(description="In time order, first published first.")
    sentiment_by_hour: list[HourlySentiment]


class RelatedEntity(BaseModel):
    entity_id: int
    name: str
    type: str
    together: int = Field(description="Articles in the period mentioning both entities.")
    articles: int = Field(description="Articles in the period mentioning this entity.")
    score: float = Field(description="Log-likelihood ratio (G²); higher is more associated.")


class RelatedPage(BaseModel):
    entity_id: int
    articles: int = Field(description="Articles in the period mentioning the asked entity.")
    total_articles: int = Field(description="Articles in the period.")
    items: list[RelatedEntity]
    next_cursor: str | None


class TrendingEntity(BaseModel):
    entity_id: int
    name: str
    type: str
    observed: int = Field(description="Articles mentioning it in the window.")
    baseline: float = Field(description="Its mean articles per window over the 24 before.")
    score: float = Field(description="(observed - baseline) / sqrt(baseline + 1).")


class TrendingPage(BaseModel):
    window_start: datetime
    window_end: datetime
    items: list[TrendingEntity]
    next_cursor: str | None
