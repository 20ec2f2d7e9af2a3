"""`newsflow dlq` against a real Kafka: dead letters published by the runtime, counted, shown
and replayed to their source topics exactly as they first came, once."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from typer.testing import CliRunner

from newsflow.cli import app
from newsflow.dlq import REPLAY_HEADER
from newsflow.stack.ports import free_port
from newsflow_runtime.dead_letters import (
    PAYLOAD_LIMIT_BYTES,
    DeadLetterPublisher,
    aiokafka_send,
    dead_letter,
)
from newsflow_runtime.envelope import InboundMessage
from newsflow_runtime.kafka import build_producer
from newsflow_runtime.kafka_settings import KafkaSettings
from tests.conftest import NewTopic

pytestmark = pytest.mark.integration


@dataclass(frozen=True)
class Record:
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]


@dataclass(frozen=True)
class Topics:
    dlq: str
    raw: str
    enriched: str


def original(topic: str, key: bytes, value: bytes, offset: int) -> InboundMessage:
    headers = (
        ("ce_id", f"id-{key.decode()}".encode()),
        ("traceparent", b"00-" + b"a" * 32 + b"-" + b"b" * 16 + b"-01"),
        ("x-empty", b""),
    )
    return InboundMessage(topic, 1, offset, key, value, headers=headers)


async def publish_dead_letters(bootstrap: str, topics: Topics) -> list[InboundMessage]:
    messages = [
        original(topics.raw, b"a1", b'{"title": "one", "body": "\xc3\xbc"}', 10),
        original(topics.raw, b"a2", b'{"title": "two"}', 11),
        original(topics.enriched, b"s1", b'{"article_id": "s1"}', 12),
        original(topics.raw, b"big", b"x" * (PAYLOAD_LIMIT_BYTES + 10), 13),
    ]
    stages = [
        ("enrich", "invalid_raw_article"),
        ("enrich", "invalid_raw_article"),
        ("store", "invalid_enriched_article"),
        ("enrich", "too_large"),
    ]
    producer = build_producer(KafkaSettings.plaintext(bootstrap), "test-dlq")
    await producer.start()
    try:
        publish = DeadLetterPublisher(aiokafka_send(producer), topics.dlq, "newsflow/test")
        for message, (stage, reason) in zip(messages, stages, strict=True):
            await publish(
                dead_letter(message, stage=stage, reason=reason, error=ValueError(reason))
            )
    finally:
        await producer.stop()
    return messages


async def read_topic(bootstrap: str, topic: str, partitions: int) -> list[Record]:
    """Every record on the topic now, read without a consumer group."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    await asyncio.sleep(0)  # aio-libs/aiokafka#647
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        records: list[Record] = []
        async with asyncio.timeout(30):
            while len(records) < sum(ends.values()):
                for batch in (await consumer.getmany(timeout_ms=500)).values():
                    records += [Record(r.key, r.value, list(r.headers)) for r in batch]
        return records
    finally:
        await consumer.stop()


async def consumer_groups(bootstrap: str) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return {group[0] for group in await admin.list_consumer_groups()}
    finally:
        await admin.close()


async def newsflow_dlq(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    """The real command, in a thread: it runs its own event loop."""
    result = await asyncio.to_thread(CliRunner().invoke, app, ["dlq", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


async def test_list_show_and_replay_once_each_exactly_as_first_sent(
    kafka_bootstrap: str, new_topic: NewTopic, tmp_path: Path
) -> None:
    topics = Topics(
        await new_topic("dlq", partitions=2),
        await new_topic("raw", partitions=3),
        await new_topic("enriched", partitions=1),
    )
    messages = await publish_dead_letters(kafka_bootstrap, topics)
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "DEAD_LETTER_TOPIC": topics.dlq,
        "NEWSFLOW_HOME": str(tmp_path),
    }
    groups_before = await consumer_groups(kafka_bootstrap)

    async def dlq(*args: str) -> str:
        code, out, err = await newsflow_dlq(env, *args)
        assert (code, err) == (0, ""), (args, out, err)
        return out

    # list: counts by stage and reason, and every ID
    listed = json.loads(await dlq("list", "--all", "--json"))
    assert listed["total"] == 4
    assert {(c["stage"], c["reason"]): c["count"] for c in listed["counts"]} == {
        ("enrich", "invalid_raw_article"): 2,
        ("store", "invalid_enriched_article"): 1,
        ("enrich", "too_large"): 1,
    }
    ids = {letter["key"]: letter["id"] for letter in listed["letters"]}
    assert set(ids) == {"a1", "a2", "s1", "big"}
    text = await dlq("list", "--all")
    assert text.startswith(f"4 dead letters on {topics.dlq}\n")
    assert all(f"\n{letter_id} " in text for letter_id in ids.values())
    assert await consumer_groups(kafka_bootstrap) == groups_before

    # show: the failure, both sets of headers, the payload pretty-printed
    shown = await dlq("show", ids["a1"])
    assert shown.startswith(f"dead letter {ids['a1']} on {topics.dlq}")
    assert f"source:     {topics.raw}:1:10" in shown
    assert "  ce_id: id-a1\n" in shown
    assert "  __newsflow.errors.reason: invalid_raw_article\n" in shown
    assert shown.endswith('payload:\n{\n  "title": "one",\n  "body": "ü"\n}\n')
    assert "replayable: no: payload truncated" in await dlq("show", ids["big"])

    # a dry run publishes nothing
    dry = await dlq("replay", "--dry-run")
    assert dry.endswith("would replay 3, skipped already-replayed 0, not replayable 1\n")
    assert f"not replayable {ids['big']} (enrich, too_large): payload truncated" in dry
    assert await read_topic(kafka_bootstrap, topics.raw, 3) == []
    assert await read_topic(kafka_bootstrap, topics.enriched, 1) == []

    # --stage and --reason select; each replay is the original plus the replay header
    by_stage = await dlq("replay", "--stage", "store")
    assert by_stage.endswith("replayed 1, skipped already-replayed 0, not replayable 0\n")
    by_reason = await dlq("replay", "--reason", "invalid_raw_article")
    assert by_reason.endswith("replayed 2, skipped already-replayed 0, not replayable 0\n")

    def replayed(message: InboundMessage) -> Record:
        letter_id = ids[(message.key or b"").decode()]
        replay_of = f"{topics.dlq}:{letter_id}".encode()
        return Record(message.key, message.value, [*message.headers, (REPLAY_HEADER, replay_of)])

    raw = await read_topic(kafka_bootstrap, topics.raw, 3)
    assert sorted(raw, key=lambda r: r.key or b"") == [replayed(messages[0]), replayed(messages[1])]
    assert await read_topic(kafka_bootstrap, topics.enriched, 1) == [replayed(messages[2])]

    # a second replay publishes nothing; --again does
    again = await dlq("replay")
    assert again.endswith("replayed 0, skipped already-replayed 3, not replayable 1\n")
    assert len(await read_topic(kafka_bootstrap, topics.raw, 3)) == 2
    assert "replayed:   " in await dlq("show", f"{topics.dlq}:{ids['s1']}")
    forced = await dlq("replay", "--again", "--stage", "store")
    assert forced.endswith("replayed 1, skipped already-replayed 0, not replayable 0\n")
    assert len(await read_topic(kafka_bootstrap, topics.enriched, 1)) == 2
    assert await consumer_groups(kafka_bootstrap) == groups_before


async def test_an_unknown_id_is_one_line_and_exit_1(
    kafka_bootstrap: str, new_topic: NewTopic, tmp_path: Path
) -> None:
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "DEAD_LETTER_TOPIC": await new_topic("dlq", partitions=2),
        "NEWSFLOW_HOME": str(tmp_path),
    }
    for letter_id, why in [("0:5", "offset not kept"), ("7:0", "has no such partition")]:
        code, out, err = await newsflow_dlq(env, "show", letter_id)
        assert (code, out) == (1, "")
        assert err.startswith(f"newsflow dlq: no dead letter {letter_id}") and why in err
        assert err.count("\n") == 1


async def test_no_broker_or_no_topic_is_one_line_and_exit_1(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    nowhere = f"127.0.0.1:{free_port()}"
    env = {"KAFKA_BOOTSTRAP_SERVERS": nowhere, "NEWSFLOW_HOME": str(tmp_path)}
    assert await newsflow_dlq(env, "list") == (
        1,
        "",
        f"newsflow dlq: cannot reach Kafka at {nowhere}\n",
    )
    env = {**env, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "DEAD_LETTER_TOPIC": "no-such-topic"}
    code, _, err = await newsflow_dlq(env, "replay")
    assert (code, err) == (
        1,
        f"newsflow dlq: no topic no-such-topic on Kafka at {kafka_bootstrap}\n",
    )
