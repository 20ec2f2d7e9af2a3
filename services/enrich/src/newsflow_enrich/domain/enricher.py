"""Named entities and sentiment for a batch of articles."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from spacy.language import Language
from spacy.tokens import Doc

from newsflow_enrich.domain.sentiment import SentimentAnalyser, label_for
from newsflow_schemas import (
    DocumentSentiment,
    EnrichedArticle,
    EntityMention,
    ModelInfo,
    RawArticle,
    Timings,
)


def _now() -> datetime:
    return datetime.now(UTC)


class Enricher:
    def __init__(
        self,
        nlp: Language,
        sentiment: SentimentAnalyser,
        clock: Callable[[], datetime] = _now,
        batch_size: int = 16,
    ) -> None:
        self._nlp = nlp
        self._sentiment = sentiment
        self._clock = clock
        self._batch_size = batch_size
        self.model_info = ModelInfo(
            ner_model=f"{nlp.meta['lang']}_{nlp.meta['name']}",
            ner_model_version=str(nlp.meta["version"]),
            sentiment_model=sentiment.name,
            sentiment_model_version=sentiment.version,
        )

    def enrich(self, article: RawArticle) -> EnrichedArticle:
        return self.enrich_batch([article])[0]

    def enrich_batch(self, articles: Sequence[RawArticle]) -> list[EnrichedArticle]:
        texts = [article.text for article in articles]
        started = time.perf_counter()
        docs = list(self._nlp.pipe(texts, batch_size=self._batch_size))
        ner_seconds = time.perf_counter() - started
        total_chars = sum(len(text) for text in texts) or 1
        return [
            self._enriched(article, doc, ner_seconds * len(doc.text) / total_chars)
            for article, doc in zip(articles, docs, strict=True)
        ]

    def _enriched(self, article: RawArticle, doc: Doc, ner_share: float) -> EnrichedArticle:
        started = time.perf_counter()
        sentiment = self._document_sentiment(doc)
        sentiment_seconds = time.perf_counter() - started
        return EnrichedArticle(
            article=article,
            text=doc.text,
            entities=tuple(
                EntityMention(text=e.text, label=e.label_, start=e.start_char, end=e.end_char)
                for e in doc.ents
            ),
            sentiment=sentiment,
            model=self.model_info,
            timings=Timings(
                ner_seconds=ner_share,
                sentiment_seconds=sentiment_seconds,
                total_seconds=ner_share + sentiment_seconds,
            ),
            enriched_at=self._clock(),
        )

    def _document_sentiment(self, doc: Doc) -> DocumentSentiment:
        # The mean over sentences: VADER on a whole article saturates towards ±1.
        sentences = [s.text for s in doc.sents if s.text.strip()]
        scores = self._sentiment.score(sentences) or [0.0]
        compound = round(sum(scores) / len(scores), 4)
        return DocumentSentiment(compound=compound, label=label_for(compound))
