"""The signature log: workers racing on near-duplicates reach one decision, and keep it."""

from __future__ import annotations

import asyncio
import random

import pytest

from benchmarks.near_duplicates.corpus import STORIES
from benchmarks.near_duplicates.pairs import light_edit, syndicate
from newsflow_enrich.adapters.signature_log import SignatureLog
from newsflow_enrich.domain.near_duplicates import NearDuplicateIndex
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import RawArticle
from tests import factories
from tests.conftest import NewTopic

pytestmark = pytest.mark.integration


def article(body: str) -> RawArticle:
    return factories.raw_article(body=body)


async def test_two_workers_enriching_near_duplicates_at_once_agree_on_the_original(
    kafka_bootstrap: str, new_topic: NewTopic
) -> None:
    topic = await new_topic("signatures", partitions=1)
    _, story = STORIES["court"][0]
    rng = random.Random(5)
    first, second = article(story), article(syndicate(light_edit(story, rng, 6), rng))
    other = article(STORIES["court"][1][1])
    workers = [
        SignatureLog(KafkaSettings.plaintext(kafka_bootstrap), topic, NearDuplicateIndex())
        for _ in range(2)
    ]
    try:
        # At the same moment, on two workers: neither has seen the other's article yet.
        on_a, on_b = await asyncio.gather(
            workers[0].earlier_duplicates([first, other]),
            workers[1].earlier_duplicates([second]),
        )
        decisions = {**on_a, **on_b}
        # Whichever landed first in the log is the original, the other its duplicate.
        assert list(decisions.items()) in (
            [(second.article_id, first.article_id)],
            [(first.article_id, second.article_id)],
        )
        # Redelivered to the other worker after a rebalance: the same answer.
        again = await workers[0].earlier_duplicates([first, second])
        assert again == decisions
    finally:
        for worker in workers:
            await worker.stop()

    restarted = SignatureLog(KafkaSettings.plaintext(kafka_bootstrap), topic, NearDuplicateIndex())
    try:
        assert await restarted.earlier_duplicates([second, first, other]) == decisions
    finally:
        await restarted.stop()
