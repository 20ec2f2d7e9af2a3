"""What story assignment looks at in an enriched article: who and where, what words, when.

Pure and small on purpose: these features are what each enrich worker appends to the story
log (docs/stories.md), so every worker can fold them into the same stories."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from newsflow_schemas import EnrichedArticle

# Names that tell events apart; NORP ("Peruvian") and LAW are too broad to anchor a story.
STORY_ENTITY_TYPES = frozenset({"PERSON", "ORG", "PLACE", "EVENT", "FAC", "PRODUCT"})
MAX_ENTITIES = 12
MAX_TERMS = 40
TITLE_WEIGHT = 1  # counted once more: a headline word says more than a body word
_WORD = re.compile(r"[^\W\d_]{3,}")
# Newsroom words that every story uses: as uninformative as stop words.
_NEWS_WORDS = frozenset(
    ["said", "says", "told", "according", "reported", "report", "reports", "news", "year"]
)
_SUFFIXES = ("ing", "ed", "es", "s")


@dataclass(frozen=True)
class StoryFeatures:
    article_id: str
    at: float  # seconds since the epoch: published, else ingested
    entities: tuple[tuple[str, float], ...]  # (most specific alias key, weight)
    terms: tuple[tuple[str, int], ...]  # (stemmed content word, count)


def stem(word: str) -> str:
    """A crude suffix strip: enough to meet "flood", "floods" and "flooding" as one term."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_terms(text: str) -> Counter[str]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return Counter(stem(w) for w in words if w not in STOP_WORDS and w not in _NEWS_WORDS)


def story_features(enriched: EnrichedArticle) -> StoryFeatures:
    article = enriched.article
    moment = article.published_at or article.ingested_at
    terms = content_terms(enriched.text)  # title, standfirst and body
    for term, count in content_terms(article.title).items():
        terms[term] += TITLE_WEIGHT * count
    entities = [
        (e.alias_keys[0], round(0.5 + e.salience, 4))
        for e in enriched.canonical_entities
        if e.type in STORY_ENTITY_TYPES and e.alias_keys
    ]
    entities.sort(key=lambda pair: (-pair[1], pair[0]))
    return StoryFeatures(
        article_id=enriched.article_id,
        at=moment.timestamp(),
        entities=tuple(dict(entities[:MAX_ENTITIES]).items()),
        terms=tuple(sorted(terms.items(), key=lambda t: (-t[1], t[0]))[:MAX_TERMS]),
    )
