"""The only Kafka I/O of `newsflow dlq`: read the dead-letter topic, send replays.

Reading uses no consumer group and commits nothing: each partition is assigned by hand and
read from its first kept offset to the end offset it had when the read began, so a
`newsflow dlq` never moves any group's offsets and never waits for new dead letters."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaConnectionError

from newsflow.dlq.letters import DlqError, LetterId, StoredLetter
from newsflow_runtime.dead_letters import Send, aiokafka_send
from newsflow_runtime.kafka import build_admin, build_consumer, build_producer
from newsflow_runtime.kafka_access import KafkaRefused, start_client
from newsflow_runtime.kafka_settings import KafkaSettings

CLIENT_ID = "newsflow-dlq"
_POLL_MS = 1_000
_STALL_SECONDS = 30.0


class DeadLetterTopic:
    """The dead-letter topic as it stood when it was opened."""

    def __init__(
        self, consumer: AIOKafkaConsumer, topic: str, partitions: dict[str, list[int]]
    ) -> None:
        self._consumer = consumer
        self._topic = topic
        self._all_partitions = partitions
        self._partitions = partitions[topic]

    async def topics(self) -> set[str]:
        """Every topic on the cluster when it was opened: a replay goes only to one of them."""
        return set(self._all_partitions)

    async def letters(self) -> AsyncIterator[StoredLetter]:
        """Every kept record, partition by partition, in offset order."""
        tps = [TopicPartition(self._topic, p) for p in self._partitions]
        ends = await self._seek_to_beginning(tps)
        for tp in tps:
            async for stored in self._records_until(tp, ends[tp]):
                yield stored

    async def letter(self, letter_id: LetterId) -> StoredLetter:
        tp = TopicPartition(self._topic, letter_id.partition)
        if letter_id.partition not in self._partitions:
            raise DlqError(f"no dead letter {letter_id}: {self._topic} has no such partition")
        [end] = (await self._seek_to_beginning([tp])).values()
        if not await self._position(tp) <= letter_id.offset < end:
            raise DlqError(f"no dead letter {letter_id} on {self._topic}: offset not kept")
        self._consumer.seek(tp, letter_id.offset)
        async for stored in self._records_until(tp, end):
            if stored.id == letter_id:
                return stored
            break  # the first record after the seek is the one asked for, or it is gone
        raise DlqError(f"no dead letter {letter_id} on {self._topic}: no record at that offset")

    async def _records_until(self, tp: TopicPartition, end: int) -> AsyncIterator[StoredLetter]:
        """From the partition's position up to `end`: what was there when the command began."""
        last_progress = time.monotonic()
        while await self._position(tp) < end:
            batch = await self._consumer.getmany(tp, timeout_ms=_POLL_MS)
            for record in batch.get(tp, []):
                if record.offset < end:
                    yield _stored(record)
            if batch:
                last_progress = time.monotonic()
            elif time.monotonic() - last_progress > _STALL_SECONDS:
                raise DlqError(f"reading {self._topic} partition {tp.partition} stalled")

    async def _seek_to_beginning(self, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
        """Assigns the partitions at their first kept offsets; returns their end offsets."""
        self._consumer.assign(tps)
        begins = await self._consumer.beginning_offsets(tps)
        for tp in tps:
            self._consumer.seek(tp, begins[tp])
        ends: dict[TopicPartition, int] = await self._consumer.end_offsets(tps)
        return ends

    async def _position(self, tp: TopicPartition) -> int:
        position: int = await self._consumer.position(tp)
        return position


@asynccontextmanager
async def open_topic(kafka: KafkaSettings, topic: str) -> AsyncIterator[DeadLetterTopic]:
    partitions = await _partitions(kafka)
    if topic not in partitions:
        raise DlqError(f"no topic {topic} on Kafka at {kafka.bootstrap_servers}")
    consumer = build_consumer(kafka, group_id=None, enable_auto_commit=False, client_id=CLIENT_ID)
    await _start(consumer, kafka)
    try:
        yield DeadLetterTopic(consumer, topic, partitions)
    finally:
        await consumer.stop()


async def _partitions(kafka: KafkaSettings) -> dict[str, list[int]]:
    """Every topic's partitions. Metadata of all topics, never of one by name: that request
    could create the topic on a broker that auto-creates them."""
    admin = build_admin(kafka, client_id=CLIENT_ID)
    await _start(admin, kafka)
    try:
        described = await admin.describe_topics()
    finally:
        await admin.close()
    return {
        found["topic"]: sorted(p["partition"] for p in found["partitions"])
        for found in described
        if found["error_code"] == 0
    }


@asynccontextmanager
async def open_sender(kafka: KafkaSettings) -> AsyncIterator[Send]:
    """The runtime's producer: idempotent, acks=all; each send returns once the broker has it."""
    producer = build_producer(kafka, f"{CLIENT_ID}-replay")
    await _start(producer, kafka)
    try:
        yield aiokafka_send(producer)
    finally:
        await producer.stop()


async def _start(client: Any, kafka: KafkaSettings) -> None:
    """Starts the client, or closes it and says why in one line."""
    try:
        await start_client(client, kafka)
    except KafkaRefused as refusal:
        raise DlqError(str(refusal)) from refusal
    except KafkaConnectionError as error:
        raise DlqError(f"cannot reach Kafka at {kafka.bootstrap_servers}") from error
    # A group-less consumer stopped before its background task first ran raises
    # CancelledError from stop() (aio-libs/aiokafka#647): let that task start.
    await asyncio.sleep(0)


def _stored(record: Any) -> StoredLetter:
    return StoredLetter(
        id=LetterId(record.partition, record.offset),
        timestamp_ms=record.timestamp,
        key=record.key,
        value=record.value,
        headers=tuple(record.headers),
    )
