"""Admits a batch's events in offset order, so that the agent never acks past an event faust
dropped (see ack_frontier.py): at a hole holding a record, the partition is sought back to
it and its later events wait, unacked, to be delivered again after it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import faust
from aiokafka import AIOKafkaConsumer, TopicPartition
from faust.types import TP, EventT
from prometheus_client import Counter

from newsflow_enrich.adapters.ack_frontier import AckFrontier
from newsflow_enrich.adapters.stalled_partitions import Partition
from newsflow_runtime.kafka import build_consumer
from newsflow_runtime.kafka_access import start_client
from newsflow_runtime.kafka_settings import KafkaSettings

if TYPE_CHECKING:
    from newsflow_enrich.adapters.faust_observability import FaustLagProbe

log = logging.getLogger(__name__)

FIND_TIMEOUT_SECONDS = 5.0


class RecordFinder:
    """The first record at or after an offset, asked of the broker by a consumer of its own
    (no group): whether a hole in what faust handed over holds a record."""

    def __init__(self, kafka: KafkaSettings) -> None:
        self._kafka = kafka
        # aiokafka clients belong to the loop they are made in: Faust's, made on first use.
        self._consumer: AIOKafkaConsumer | None = None

    async def first_offset(self, partition: Partition, offset: int) -> int | None:
        consumer = await self._started()
        tp = TopicPartition(*partition)
        consumer.assign([tp])
        consumer.seek(tp, offset)
        timeout_ms = int(FIND_TIMEOUT_SECONDS * 1000)
        records = (await consumer.getmany(tp, timeout_ms=timeout_ms, max_records=1)).get(tp)
        return records[0].offset if records else None

    async def _started(self) -> AIOKafkaConsumer:
        if self._consumer is None:
            consumer = build_consumer(self._kafka, group_id=None, enable_auto_commit=False)
            await start_client(consumer, self._kafka)
            self._consumer = consumer
        return self._consumer


class AckGate:
    def __init__(
        self, app: faust.App, probe: FaustLagProbe, finder: RecordFinder, rewinds: Counter
    ) -> None:
        self._app = app
        self._probe = probe
        self._finder = finder
        self._rewinds = rewinds
        self._frontier = AckFrontier()

    async def admitted(self, events: Sequence[EventT[bytes]]) -> list[EventT[bytes]]:
        """The events that may be handled and acked; the others are left unacked."""
        self._frontier.new_generation(self._app.consumer_generation_id)
        partitions = {_partition(e) for e in events}
        if unknown := self._frontier.unknown(partitions):
            offsets = await self._probe.offsets()
            self._frontier.start({p: o.resume_at for p, o in offsets.items() if p in unknown})
        blocked: set[Partition] = set()
        admitted: set[int] = set()
        for event in sorted(events, key=lambda e: e.message.offset):
            partition = _partition(event)
            if partition in blocked:
                continue
            if await self._admit(partition, event.message.offset):
                admitted.add(id(event))
            else:
                blocked.add(partition)
        return [e for e in events if id(e) in admitted]

    async def _admit(self, partition: Partition, offset: int) -> bool:
        hole = self._frontier.hole_before(partition, offset)
        if hole is None:
            return True
        try:
            first = await asyncio.wait_for(
                self._finder.first_offset(partition, hole), FIND_TIMEOUT_SECONDS * 2
            )
        except Exception as error:  # unknown: hold the event back, as for a real hole
            log.warning("cannot look into %s/%d at %d: %r", *partition, hole, error)
            first = hole
        if first is not None and first >= offset:
            self._frontier.skip_to(partition, offset)  # no record in the hole: markers, say
            return self._frontier.hole_before(partition, offset) is None
        log.warning(
            "partition %s/%d: offset %d handed over before %d, which was never handled: "
            "seeking back to %d",
            *partition,
            offset,
            hole,
            hole,
        )
        await self._app.consumer.seek(TP(*partition), hole)
        self._rewinds.labels(stage="enrich", reason="hole").inc()
        return False


def _partition(event: EventT[bytes]) -> Partition:
    return (event.message.topic, event.message.partition)
