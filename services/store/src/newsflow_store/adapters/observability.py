"""What the health server and the lag gauge ask of the store's consumer and database."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import psycopg
from aiokafka import AIOKafkaConsumer, TopicPartition

from newsflow_runtime.health import Check
from newsflow_runtime.lag import LAG_REFRESH_SECONDS, LagRefresher
from newsflow_runtime.metrics import ConsumerLag, TopicPartitionKey, partition_lag

log = logging.getLogger(__name__)

PROBE_TIMEOUT_SECONDS = 3.0


def _keyed(offsets: dict[TopicPartition, Any]) -> dict[TopicPartitionKey, Any]:
    return {(tp.topic, tp.partition): offset for tp, offset in offsets.items()}


async def committed_lag(consumer: AIOKafkaConsumer) -> dict[TopicPartitionKey, int]:
    """End offset minus the group's committed offset, for each partition assigned here.

    Committed, not the fetch position: the store commits only after PostgreSQL has the
    rows, so a stalled database shows up as growing lag even while records are in hand."""
    assigned = sorted(consumer.assignment())
    if not assigned:
        return {}
    ends = await consumer.end_offsets(assigned)
    committed = {tp: await consumer.committed(tp) for tp in assigned}
    never = [tp for tp, offset in committed.items() if offset is None]
    beginnings = await consumer.beginning_offsets(never) if never else {}
    return partition_lag(_keyed(ends), _keyed(committed), _keyed(beginnings))


async def watch_lag(
    consumer: AIOKafkaConsumer,
    lag: ConsumerLag,
    stop: asyncio.Event,
    every: float = LAG_REFRESH_SECONDS,
) -> None:
    """Refreshes the lag gauge until `stop` is set; a failed refresh keeps the last value."""
    await LagRefresher(lambda: committed_lag(consumer), lag).run(stop, every)


def readiness_checks(consumer: AIOKafkaConsumer, database_url: str) -> dict[str, Check]:
    async def partitions_assigned() -> bool:
        return bool(consumer.assignment())

    async def database_reachable() -> bool:
        # Its own short-lived connection: the writer's may be busy in a long transaction.
        async with await psycopg.AsyncConnection.connect(
            database_url, connect_timeout=int(PROBE_TIMEOUT_SECONDS)
        ) as conn:
            await conn.execute("select 1")
        return True

    return {"partitions_assigned": partitions_assigned, "database": database_reachable}
