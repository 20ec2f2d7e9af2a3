"""EnrichedArticle: a RawArticle with its named entities, linked entities and sentiment.

Versions on one topic only ever add optional fields (a consumer of version N reads N+1);
a change that would break a consumer goes to a new topic (…enriched.v2)."""

from __future__ import annotations

from enum import StrEnum

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


class Mention(BaseModel):
    model_config = _FROZEN

    text: str
    start: int = Field(ge=0, description="Character offset into EnrichedArticle.text.")
    end: int = Field(ge=0)
    sentence: int = Field(ge=0, description="Index into EnrichedArticle.sentences.")


class GeoPlace(BaseModel):
    """A place linked to the GeoNames gazetteer."""

    model_config = _FROZEN

    geonames_id: int
    name: str
    country_code: str = Field(description="ISO 3166-1 alpha-2.")
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    feature: str = Field(description="country, admin1 (region), city, …")


class CanonicalEntity(BaseModel):
    """One real-world entity, with every way the article referred to it."""

    model_config = _FROZEN

    name: str = Field(description="The canonical name: the fullest form used in the article.")
    type: str = Field(
        description="PERSON, ORG or PLACE; other spaCy labels (NORP, EVENT, …) keep their own."
    )
    kind: str = Field(description="The spaCy label most mentions carried (GPE, LOC, FAC, …).")
    aliases: tuple[str, ...] = Field(description="Every distinct surface form, as written.")
    alias_keys: tuple[str, ...] = Field(
        description="Normalised keys (type-prefixed) that link this entity across articles."
    )
    mentions: tuple[Mention, ...]
    mention_count: int = Field(ge=1)
    salience: float = Field(ge=0, le=1, description="How central the entity is to the article.")
    sentiment: float | None = Field(
        default=None, ge=-1, le=1, description="Mean compound over sentences that mention it."
    )
    place: GeoPlace | None = None


class SentenceSentiment(BaseModel):
    model_config = _FROZEN

    index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    compound: float = Field(ge=-1.0, le=1.0)


class Quote(BaseModel):
    model_config = _FROZEN

    text: str = Field(description="The quotation, without its quote marks.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str | None = Field(default=None, description="Canonical name of the PERSON quoted.")
    speaker_key: str | None = Field(default=None, description="The speaker's first alias key.")


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

    schema_version: int = Field(default=3, ge=1, description="Additive revision on this topic.")
    article: RawArticle
    text: str = Field(description="The analysed text; entity offsets index into it.")
    entities: tuple[EntityMention, ...] = Field(description="Raw NER spans, as spaCy gave them.")
    sentiment: DocumentSentiment
    model: ModelInfo
    timings: Timings
    enriched_at: AwareDatetime
    # Added in version 2.
    canonical_entities: tuple[CanonicalEntity, ...] = ()
    sentences: tuple[SentenceSentiment, ...] = ()
    quotes: tuple[Quote, ...] = ()
    duplicate_of: str | None = Field(
        default=None, description="article_id of an earlier near-duplicate of this story."
    )
    # Added in version 3.
    language: str | None = Field(
        default=None,
        pattern=r"^[a-z]{2,3}$",
        description="The language detected in the text: ISO 639-1 (639-3 where a language "
        "has none), 'und' when it can't be told; none in events before version 3. "
        "article.language is what the producer claimed.",
    )

    @property
    def article_id(self) -> str:
        return self.article.article_id
