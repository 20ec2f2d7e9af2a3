"""Story assignment that every enrich worker agrees on, and that a replay repeats.

Each worker appends its articles' story features to one single-partition topic and folds
the whole topic, in offset order, into its own StoryIndex. The index assigns each article
as it folds it, so an article's story is a function of the log before its first record:
every worker holds the same answer, and a redelivered article keeps its first one
(docs/stories.md)."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from newsflow_enrich.adapters.ordered_log import OrderedLog
from newsflow_enrich.domain.stories import StoryIndex
from newsflow_enrich.domain.story_features import StoryFeatures, story_features
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import EnrichedArticle

log = logging.getLogger(__name__)

STORY_EVENT_TYPE = "dev.newsflow.enrich.story-features-logged.v1"


def encode_features(features: StoryFeatures) -> bytes:
    record = {
        "v": 1,
        "article_id": features.article_id,
        "at": features.at,
        "entities": [list(pair) for pair in features.entities],
        "terms": [list(pair) for pair in features.terms],
    }
    return json.dumps(record, separators=(",", ":")).encode()


def decode_features(value: bytes) -> StoryFeatures:
    record = json.loads(value)
    return StoryFeatures(
        article_id=str(record["article_id"]),
        at=float(record["at"]),
        entities=tuple((str(k), float(w)) for k, w in record["entities"]),
        terms=tuple((str(t), int(c)) for t, c in record["terms"]),
    )


class StoryLog(OrderedLog):
    event_type = STORY_EVENT_TYPE
    client_id = "newsflow/enrich-stories"
    name = "story-log"

    def __init__(self, kafka: KafkaSettings, topic: str, index: StoryIndex) -> None:
        super().__init__(kafka, topic)
        self._index = index

    async def assign(self, articles: Sequence[EnrichedArticle]) -> dict[str, str]:
        """{article_id: story_id} for this batch, once the log holds all of it."""
        records = [(a.article_id, encode_features(story_features(a))) for a in articles]
        await self.append_and_catch_up(records)
        return {
            a.article_id: story
            for a in articles
            if (story := self._index.story_of(a.article_id)) is not None
        }

    def _index_record(self, value: bytes | None, offset: int) -> None:
        try:
            features = decode_features(value or b"")
        except (ValueError, KeyError, TypeError):
            log.warning("skipping unreadable story features at offset %s", offset)
            return
        self._index.add(features)
