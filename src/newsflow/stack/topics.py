"""Explicit, idempotent topic creation (the broker never auto-creates topics)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError, for_code

from newsflow_runtime.kafka import TOPIC_CONFIGS, build_admin
from newsflow_runtime.kafka_access import start_client
from newsflow_runtime.kafka_settings import KafkaSettings

_LEADER_WAIT_S = 30.0


class TopicError(RuntimeError):
    """A topic could not be created or did not become usable."""


async def ensure_topics(
    kafka: KafkaSettings | str,
    names: Sequence[str],
    partitions: int = 6,
    replication_factor: int = 1,
    configs: Mapping[str, str] | None = None,
) -> None:
    """Create the topics that do not exist yet; return once every partition has a leader.

    Existing topics are left as they are, even if their partition count differs. Every
    topic's max.message.bytes is set explicitly, to the size the producers are held to;
    `configs` adds to or overrides those topic configs. `kafka` is a cluster's settings, or
    the bootstrap servers of a PLAINTEXT one such as the local stack's or a test's.
    """
    topic_configs = {**TOPIC_CONFIGS, **(configs or {})}
    if not names:
        return
    if isinstance(kafka, str):
        kafka = KafkaSettings.plaintext(kafka)
    admin = build_admin(kafka)
    await start_client(admin, kafka)
    try:
        response = await admin.create_topics(
            [
                NewTopic(name, partitions, replication_factor, topic_configs=topic_configs)
                for name in names
            ]
        )
        _raise_creation_errors(response.topic_errors)
        # CreateTopics returns before partition leaders are elected; producing
        # right away would fail with "unknown topic or partition".
        await _wait_for_leaders(admin, names)
    finally:
        await admin.close()


def _raise_creation_errors(topic_errors: Sequence[Sequence[Any]]) -> None:
    for topic, error_code, *rest in topic_errors:
        if error_code == 0:
            continue
        error = for_code(error_code)
        if error is TopicAlreadyExistsError:
            continue
        message = rest[0] if rest and rest[0] else error.__name__
        raise TopicError(f"cannot create topic {topic!r}: {message}")


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: Sequence[str]) -> None:
    deadline = time.monotonic() + _LEADER_WAIT_S
    while True:
        try:
            if _all_have_leaders(await admin.describe_topics(list(names)), names):
                return
        except KafkaError:
            pass  # metadata may briefly lag behind topic creation
        if time.monotonic() >= deadline:
            raise TopicError(f"topics {list(names)} got no partition leaders in time")
        await asyncio.sleep(0.1)


def _all_have_leaders(described: list[dict[str, Any]], names: Sequence[str]) -> bool:
    ready = {
        topic["topic"]
        for topic in described
        if topic["error_code"] == 0
        and topic["partitions"]
        and all(partition["leader"] >= 0 for partition in topic["partitions"])
    }
    return ready.issuperset(names)
