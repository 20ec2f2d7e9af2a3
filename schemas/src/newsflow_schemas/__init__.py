"""Event contracts shared by newsflow services: the only code that crosses service lines."""

from newsflow_schemas.dead_letter import DeadLetter
from newsflow_schemas.enriched_article import (
    CanonicalEntity,
    DocumentSentiment,
    EnrichedArticle,
    EntityMention,
    GeoPlace,
    Mention,
    ModelInfo,
    Quote,
    SentenceSentiment,
    SentimentLabel,
    Timings,
)
from newsflow_schemas.ids import article_id, canonical_url
from newsflow_schemas.raw_article import RawArticle
from newsflow_schemas.topics import DEAD_LETTER_TOPIC, ENRICHED_TOPIC, RAW_TOPIC

__all__ = [
    "DEAD_LETTER_TOPIC",
    "ENRICHED_TOPIC",
    "RAW_TOPIC",
    "CanonicalEntity",
    "DeadLetter",
    "DocumentSentiment",
    "EnrichedArticle",
    "EntityMention",
    "GeoPlace",
    "Mention",
    "ModelInfo",
    "Quote",
    "RawArticle",
    "SentenceSentiment",
    "SentimentLabel",
    "Timings",
    "article_id",
    "canonical_url",
]
