"""The enriched event of an article that the English models must not read.

An English NER finds "entities" in Russian or Arabic text that are not there, and VADER's
lexicon is English: so such an article is stored and flagged with its language, with no
entities, no sentences and a neutral, unscored sentiment of 0.0 (docs/language.md)."""

from __future__ import annotations

from datetime import datetime

from newsflow_schemas import (
    DocumentSentiment,
    EnrichedArticle,
    ModelInfo,
    RawArticle,
    SentimentLabel,
    Timings,
)

UNSCORED = DocumentSentiment(compound=0.0, label=SentimentLabel.NEUTRAL)


def without_english_models(
    article: RawArticle, language: str, model: ModelInfo, enriched_at: datetime
) -> EnrichedArticle:
    return EnrichedArticle(
        article=article,
        text=article.text,
        entities=(),
        sentiment=UNSCORED,
        model=model,
        timings=Timings(ner_seconds=0.0, sentiment_seconds=0.0, total_seconds=0.0),
        enriched_at=enriched_at,
        language=language,
    )
