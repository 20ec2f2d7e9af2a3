"""Reading the outcome: rows in PostgreSQL, whole topics from the beginning, consumer lag."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

import psycopg
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from tests.chaos.articles import sequence_of

READ_TIMEOUT_S = 120.0
LAG_POLL_S = 2.0

Record: TypeAlias = ConsumerRecord[bytes, bytes]


async def stored_sequences(database_url: str) -> Counter[int]:
    """How many rows of `articles` carry each chaos sequence number in their title."""
    query = "SELECT title FROM articles WHERE title LIKE 'Chaos article %'"
    async with await psycopg.AsyncConnection.connect(database_url) as connection:
        rows = await (await connection.execute(query)).fetchall()
    return Counter(seq for (title,) in rows if (seq := sequence_of(title)) is not None)


async def read_topic(bootstrap: str, topic: str) -> list[Record]:
    """Every record from the beginning up to the end offsets as they are now."""
    partitions = await partitions_of(bootstrap, topic)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        records: list[Record] = []
        deadline = time.monotonic() + READ_TIMEOUT_S
        while await _behind(consumer, ends):
            if time.monotonic() > deadline:
                raise AssertionError(f"could not read {topic} to its end in {READ_TIMEOUT_S} s")
            batches = await consumer.getmany(timeout_ms=1000, max_records=5000)
            records.extend(r for batch in batches.values() for r in batch)
        return records
    finally:
        await consumer.stop()


async def partitions_of(bootstrap: str, topic: str) -> list[TopicPartition]:
    """From a fresh metadata request: a consumer's own metadata may not cover the topic yet."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    partitions = [TopicPartition(topic, p["partition"]) for p in described["partitions"]]
    if described["error_code"] or not partitions:
        raise KafkaError(f"no partitions for {topic}: error code {described['error_code']}")
    return sorted(partitions)


async def _behind(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for partition, end in ends.items():
        if await consumer.position(partition) < end:
            return True
    return False


@dataclass(frozen=True)
class DeadLetters:
    from_raw: list[dict[str, object]]  # dead letters whose source is the raw topic
    total: int

    @property
    def keys(self) -> Counter[str]:
        return Counter(str(letter.get("key")) for letter in self.from_raw)

    @property
    def reasons(self) -> Counter[str]:
        return Counter(str(letter.get("reason")) for letter in self.from_raw)


async def dead_letters(bootstrap: str, topic: str, raw_topic: str) -> DeadLetters:
    letters = [_json(record.value) for record in await read_topic(bootstrap, topic)]
    from_raw = [letter for letter in letters if letter.get("source_topic") == raw_topic]
    return DeadLetters(from_raw, len(letters))


async def enriched_copies(bootstrap: str, topic: str) -> Counter[str]:
    """Enriched events per article id: more than one means the article was redelivered."""
    records = await read_topic(bootstrap, topic)
    return Counter(record.key.decode(errors="replace") for record in records if record.key)


async def group_lag(bootstrap: str, group: str, topic: str) -> int:
    """End offsets minus the group's committed offsets, summed over the topic's partitions."""
    partitions = await partitions_of(bootstrap, topic)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await consumer.start()
        ends = await consumer.end_offsets(partitions)
        starts = await consumer.beginning_offsets(partitions)
        committed = await admin.list_consumer_group_offsets(group, partitions=partitions)
        return sum(ends[tp] - _committed(committed.get(tp), starts[tp]) for tp in partitions)
    finally:
        await consumer.stop()
        await admin.close()


class LagWatch:
    """Polls the lag of consumer groups ({group: topic}, in pipeline order) in the background,
    and remembers when a poll, started at a given moment, found every group at lag 0."""

    def __init__(self, bootstrap: str, groups: dict[str, str], clock: Callable[[], float]) -> None:
        self._bootstrap = bootstrap
        self._groups = groups
        self._clock = clock
        self._zero_at: list[float] = []
        self.last: dict[str, int] | None = None

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            started = self._clock()
            self.last = await _lags(self._bootstrap, self._groups)
            if self.last is not None and not any(self.last.values()):
                self._zero_at.append(started)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), LAG_POLL_S)

    def drained_since(self, moment: float) -> float | None:
        """When the first poll that began at or after `moment` found no lag, if one did."""
        return next((at for at in self._zero_at if at >= moment), None)


async def _lags(bootstrap: str, groups: dict[str, str]) -> dict[str, int] | None:
    with contextlib.suppress(KafkaError, OSError, TimeoutError):
        async with asyncio.timeout(20):
            return {g: await group_lag(bootstrap, g, t) for g, t in groups.items()}
    return None


def _committed(meta: object, start: int) -> int:
    offset = getattr(meta, "offset", -1)
    return offset if isinstance(offset, int) and offset >= 0 else start


def _json(value: bytes | None) -> dict[str, object]:
    try:
        parsed = json.loads(value or b"")
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}
