"""The real servers the local stack starts: Kafka and PostgreSQL, exercised end to end."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from newsflow.settings import StackSettings
from newsflow.stack.kafka import KafkaNode, kafka_running, start_kafka, stop_kafka
from newsflow.stack.ports import free_port, free_ports
from newsflow.stack.postgres import PostgresNode, postgres_running, start_postgres, stop_postgres
from newsflow.stack.topics import ensure_topics
from newsflow.stack.up import down

pytestmark = pytest.mark.integration

KEYS = [f"article-{n}" for n in range(8)]
MESSAGES_PER_KEY = 5


async def produce_keyed(bootstrap: str, topic: str) -> dict[str, set[int]]:
    """Send MESSAGES_PER_KEY values per key; return the partitions each key landed on."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, acks="all")
    await producer.start()
    partitions: dict[str, set[int]] = defaultdict(set)
    try:
        for sequence in range(MESSAGES_PER_KEY):
            for key in KEYS:
                sent = await producer.send_and_wait(
                    topic, value=f"{key}:{sequence}".encode(), key=key.encode()
                )
                partitions[key].add(sent.partition)
    finally:
        await producer.stop()
    return partitions


async def consume_all(bootstrap: str, topic: str, count: int) -> list[tuple[str, str, int]]:
    """Read `count` records as (key, value, partition) with a consumer group, committing them."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=f"{topic}-readers",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    records: list[tuple[str, str, int]] = []
    try:
        deadline = time.monotonic() + 30
        while len(records) < count and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=1000)
            for partition, messages in batches.items():
                records += [
                    (m.key.decode(), m.value.decode(), partition.partition)
                    for m in messages
                    if m.key is not None and m.value is not None
                ]
        assert len(records) >= count, f"only {len(records)} of {count} records arrived"
        await consumer.commit()
        committed = await consumer.committed(TopicPartition(topic, records[0][2]))
        assert committed is not None and committed > 0, "the group's offsets were not stored"
    finally:
        await consumer.stop()
    return records


async def test_kafka_round_trip_keeps_each_key_on_one_partition(
    kafka_bootstrap: str, new_topic: Callable[..., Awaitable[str]]
) -> None:
    topic = await new_topic("round-trip", partitions=3)

    produced_partitions = await produce_keyed(kafka_bootstrap, topic)
    records = await consume_all(kafka_bootstrap, topic, len(KEYS) * MESSAGES_PER_KEY)

    assert all(len(partitions) == 1 for partitions in produced_partitions.values())
    expected = {(key, f"{key}:{n}") for key in KEYS for n in range(MESSAGES_PER_KEY)}
    assert {(key, value) for key, value, _ in records} == expected
    assert len(records) == len(expected), "duplicates despite the idempotent producer"
    for key, _, partition in records:
        assert {partition} == produced_partitions[key]
    for key in KEYS:  # per-key order survives: one key, one partition, one log
        values = [value for k, value, _ in records if k == key]
        assert values == [f"{key}:{n}" for n in range(MESSAGES_PER_KEY)]


async def test_topics_are_created_with_the_requested_partitions(
    kafka_bootstrap: str, new_topic: Callable[..., Awaitable[str]]
) -> None:
    topic = await new_topic("sized", partitions=3)

    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        partitions = await asyncio.wait_for(producer.partitions_for(topic), 10)
    finally:
        await producer.stop()
    assert partitions == {0, 1, 2}


def test_postgres_stores_and_returns_rows(database_url: str) -> None:
    with psycopg.connect(database_url) as connection:
        assert connection.info.server_version // 10000 == 18
        assert connection.info.dbname == "newsflow"
        connection.execute(
            "CREATE TABLE server_check (id integer PRIMARY KEY, headline text NOT NULL)"
        )
        connection.execute(
            "INSERT INTO server_check VALUES (%s, %s), (%s, %s)",
            (1, "Kafka meets Postgres", 2, "Überschrift mit Umlauten"),
        )
        rows = connection.execute("SELECT id, headline FROM server_check ORDER BY id").fetchall()
        connection.rollback()  # leave the shared session database as we found it

    assert rows == [(1, "Kafka meets Postgres"), (2, "Überschrift mit Umlauten")]


@pytest.fixture
def scratch_dir() -> Iterator[Path]:
    # Not tmp_path: pytest keeps that 0700, and PostgreSQL's server account
    # (when tests run as root) must be able to pass through the parents.
    path = Path(tempfile.mkdtemp(prefix="newsflow-lifecycle-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_kafka_restarts_with_its_data_and_ignores_stale_pid_files(scratch_dir: Path) -> None:
    port, controller_port = free_ports(2)
    node = KafkaNode(scratch_dir / "kafka", port, controller_port)
    try:
        start_kafka(node)
        start_kafka(node)  # already running: a no-op
        asyncio.run(ensure_topics(node.bootstrap_servers, ["kept"], partitions=2))
        stop_kafka(node)
        assert not kafka_running(node)
        stop_kafka(node)  # not running: a no-op

        node.pid_file.write_text(f"{os.getpid()}\n")  # a live pid, but not a broker
        assert not kafka_running(node)

        port, controller_port = free_ports(2)
        restarted = KafkaNode(node.data_dir, port, controller_port)  # new ports, same data
        start_kafka(restarted)
        assert kafka_running(restarted)
        assert "kept" in asyncio.run(list_topics(restarted.bootstrap_servers))
    finally:
        stop_kafka(node)
    assert not kafka_running(node)


async def list_topics(bootstrap: str) -> set[str]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        topics: set[str] = await consumer.topics()
        return topics
    finally:
        await consumer.stop()


def test_postgres_restarts_with_its_data(scratch_dir: Path) -> None:
    node = PostgresNode(scratch_dir / "postgres", free_port())
    try:
        url = start_postgres(node)
        assert start_postgres(node) == url  # already running: a no-op
        with psycopg.connect(url) as connection:
            connection.execute("CREATE TABLE kept (note text)")
            connection.execute("INSERT INTO kept VALUES ('survives a restart')")
        stop_postgres(node)
        assert not postgres_running(node)
        stop_postgres(node)  # not running: a no-op

        with psycopg.connect(start_postgres(node)) as connection:
            rows = connection.execute("SELECT note FROM kept").fetchall()
        assert rows == [("survives a restart",)]
    finally:
        stop_postgres(node)
    assert not postgres_running(node)


def test_stack_down_stops_its_own_servers_even_when_the_shell_names_them_as_its_own(
    scratch_dir: Path,
) -> None:
    """After `eval "$(newsflow stack env | sed 's/^/export /')"`, DATABASE_URL and
    KAFKA_BOOTSTRAP_SERVERS are set; `make stop` must still stop the local servers."""
    settings = StackSettings(
        newsflow_home=scratch_dir,
        postgres_port=free_port(),
        database_url="postgresql://newsflow_store@127.0.0.1:1/newsflow",
        kafka_bootstrap_servers="127.0.0.1:1",
    )
    node = PostgresNode(settings.postgres_dir, settings.postgres_port)
    said: list[str] = []
    try:
        start_postgres(node)
        down(settings, say=said.append)
        assert not postgres_running(node)
        assert "stopping PostgreSQL" in said
        assert "stopping Kafka" not in said  # none was started here
    finally:
        stop_postgres(node)
