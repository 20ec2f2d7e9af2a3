"""EnrichedArticle: a RawArticle with its named entities and sentiment."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, NonNegativeFloat

from newsflow_schemas.raw_article import RawArticle

_FROZEN = ConfigDict(frozen=True, extra="ignore")


class SentimentLabel(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class EntityMention(BaseModel):
    model_config = _FROZEN

    text: str
    label: str = Field(description="spaCy entity label: PERSON, GPE, ORG, …")
    start: int = Field(ge=0, description="Character offset into EnrichedArticle.text.")
    end: int = Field(ge=0)


class DocumentSentiment(BaseModel):
    model_config = _FROZEN

    compound: float = Field(ge=-1.0, le=1.0)
    label: SentimentLabel


class ModelInfo(BaseModel):
    model_config = _FROZEN

    ner_model: str
    ner_model_version: str
    sentiment_model: str
    sentiment_model_version: str


class Timings(BaseModel):
    model_config = _FROZEN

    ner_seconds: NonNegativeFloat = Field(
        description="This article's share of its batch's NER time, in proportion to its length."
    )
    sentiment_seconds: NonNegativeFloat
    total_seconds: NonNegativeFloat


class EnrichedArticle(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", title="EnrichedArticle")

    schema_version: Literal[1] = 1
    article: RawArticle
    text: str = Field(description="The analysed text; entity offsets index into it.")
    entities: tuple[EntityMention, ...]
    sentiment: DocumentSentiment
    model: ModelInfo
    timings: Timings
    enriched_at: AwareDatetime

    @property
    def article_id(self) -> str:
        return self.article.article_id
