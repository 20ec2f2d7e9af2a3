"""The story log: two workers assigning stories at the same moment reach one answer, and
a restarted worker, replaying the log, reaches it again."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from newsflow_enrich.adapters.story_log import StoryLog
from newsflow_enrich.domain.stories import StoryIndex
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import EnrichedArticle
from tests import factories
from tests.conftest import NewTopic

pytestmark = pytest.mark.integration

QUAKE = "A magnitude 6.8 earthquake struck near Arequipa; landslides cut off villages."


def quake_report(title: str, minutes: int, *places: str) -> EnrichedArticle:
    raw = factories.raw_article(
        title=title,
        body=QUAKE + f" Report {title}.",
        ingested_at=factories.T0 + timedelta(minutes=minutes),
    )
    entities = [factories.canonical(p, "PLACE", [f"PLACE:{p.lower()}"]) for p in places]
    return factories.enriched(raw, canonical_entities=entities)


async def test_two_workers_assigning_at_once_agree_and_a_restart_agrees_too(
    kafka_bootstrap: str, new_topic: NewTopic
) -> None:
    topic = await new_topic("stories", partitions=1)
    kafka = KafkaSettings.plaintext(kafka_bootstrap)
    first = quake_report("Quake hits Peru", 0, "Peru", "Arequipa")
    second = quake_report("Peru quake kills nine", 30, "Arequipa")
    unrelated = factories.enriched(factories.raw_article(body="Chile votes in a runoff."))
    workers = [StoryLog(kafka, topic, StoryIndex()) for _ in range(2)]
    try:
        on_a, on_b = await asyncio.gather(
            workers[0].assign([first, unrelated]), workers[1].assign([second])
        )
        decisions = {**on_a, **on_b}
        # Whichever landed first founded the story; the other joined it, on both workers.
        assert decisions[first.article_id] == decisions[second.article_id]
        assert decisions[first.article_id] in (first.article_id, second.article_id)
        assert decisions[unrelated.article_id] == unrelated.article_id
        # Redelivered to the other worker: the same answer.
        assert await workers[1].assign([first, unrelated]) == {
            k: decisions[k] for k in (first.article_id, unrelated.article_id)
        }
    finally:
        for worker in workers:
            await worker.stop()

    restarted = StoryLog(kafka, topic, StoryIndex())
    try:
        assert await restarted.assign([second, first, unrelated]) == decisions
    finally:
        await restarted.stop()
