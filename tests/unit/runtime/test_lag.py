from __future__ import annotations

import asyncio

from prometheus_client import CollectorRegistry

from newsflow_runtime.lag import LagRefresher
from newsflow_runtime.metrics import ConsumerLag, TopicPartitionKey


async def test_a_failed_probe_keeps_the_last_lag_and_the_next_success_updates_it() -> None:
    registry = CollectorRegistry()
    gauge = ConsumerLag(registry, "store")
    answers: list[dict[TopicPartitionKey, int] | Exception] = [
        {("enriched", 0): 7},
        ConnectionError("broker away"),
        {("enriched", 0): 2},
    ]

    async def probe() -> dict[TopicPartitionKey, int]:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def lag() -> float | None:
        labels = {"stage": "store", "topic": "enriched", "partition": "0"}
        return registry.get_sample_value("newsflow_consumer_lag", labels)

    refresher = LagRefresher(probe, gauge)
    await refresher.refresh()
    assert lag() == 7
    await refresher.refresh()
    assert lag() == 7
    await refresher.refresh()
    assert lag() == 2


async def test_a_probe_that_hangs_is_given_up_on() -> None:
    async def never() -> dict[TopicPartitionKey, int]:
        await asyncio.Event().wait()
        return {}

    refresher = LagRefresher(
        never, ConsumerLag(CollectorRegistry(), "enrich"), timeout_seconds=0.05
    )
    await asyncio.wait_for(refresher.refresh(), 5)
