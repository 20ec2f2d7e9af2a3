"""Hand-built events for tests that need no NLP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from newsflow_schemas import (
    DeadLetter,
    DocumentSentiment,
    EnrichedArticle,
    EntityMention,
    ModelInfo,
    RawArticle,
    SentimentLabel,
    Timings,
    article_id,
)

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def raw_article(title: str | None = None, body: str = "Zelensky spoke in Kyiv.") -> RawArticle:
    title = title or f"Story {uuid4().hex[:8]}"
    return RawArticle(
        article_id=article_id(url=None, title=title, body=body),
        title=title,
        body=body,
        source="test",
        ingested_at=T0,
    )


def enriched_article(
    raw: RawArticle | None = None, *, compound: float = -0.4, minutes_later: int = 1
) -> EnrichedArticle:
    raw = raw or raw_article()
    text = raw.text
    start = text.find("Zelensky")
    entities = (
        (EntityMention(text="Zelensky", label="PERSON", start=start, end=start + 8),)
        if start >= 0
        else ()
    )
    return EnrichedArticle(
        article=raw,
        text=text,
        entities=entities,
        sentiment=DocumentSentiment(compound=compound, label=SentimentLabel.NEGATIVE),
        model=ModelInfo(
            ner_model="en_core_web_sm",
            ner_model_version="3.8.0",
            sentiment_model="vaderSentiment",
            sentiment_model_version="3.3.2",
        ),
        timings=Timings(ner_seconds=0.01, sentiment_seconds=0.001, total_seconds=0.011),
        enriched_at=T0 + timedelta(minutes=minutes_later),
    )


def dead_letter() -> DeadLetter:
    return DeadLetter(
        stage="enrich", reason="invalid_raw_article", error="bad", payload="{}", failed_at=T0
    )
