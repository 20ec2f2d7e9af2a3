"""Real servers for the integration and e2e tiers.

Each test session gets its own Kafka and PostgreSQL on free ports in a fresh
temporary directory, so a developer's running stack is never touched. They
start only when a selected test needs them (so the unit tier stays fast and
network-free), then run side by side until the session ends.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Protocol

import pytest

from newsflow.stack.kafka import KafkaNode, start_kafka, stop_kafka
from newsflow.stack.ports import free_ports
from newsflow.stack.postgres import PostgresNode, start_postgres, stop_postgres
from newsflow.stack.topics import ensure_topics

_SERVER_FIXTURES = frozenset({"kafka_bootstrap", "database_url"})
_NEEDED_SERVERS = pytest.StashKey[frozenset[str]]()


class NewTopic(Protocol):
    async def __call__(self, label: str = "topic", *, partitions: int = 3) -> str: ...


def pytest_collection_finish(session: pytest.Session) -> None:
    # Knowing every server the selected tests need lets the first test that
    # asks for one start all of them at once instead of one after another.
    session.config.stash[_NEEDED_SERVERS] = frozenset(
        name
        for item in session.items
        for name in getattr(item, "fixturenames", ())
        if name in _SERVER_FIXTURES
    )


class _SessionServers:
    """Starts this session's servers concurrently on first use; stops what it started."""

    def __init__(self, root: Path, needed: frozenset[str]) -> None:
        kafka_port, controller_port, postgres_port = free_ports(3)
        self._kafka = KafkaNode(root / "kafka", kafka_port, controller_port)
        self._postgres = PostgresNode(root / "postgres", postgres_port)
        self._needed = needed
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="test-server")
        self._starting: dict[str, Future[str]] = {}

    def address(self, fixture_name: str) -> str:
        starters: dict[str, Callable[[], str]] = {
            "kafka_bootstrap": self._start_kafka,
            "database_url": self._start_postgres,
        }
        for name in sorted(self._needed | {fixture_name}):
            if name not in self._starting:
                self._starting[name] = self._executor.submit(starters[name])
        return self._starting[fixture_name].result()

    def stop(self) -> None:
        wait(self._starting.values())  # a start still running would outlive the stop
        if "kafka_bootstrap" in self._starting:
            stop_kafka(self._kafka)
        if "database_url" in self._starting:
            stop_postgres(self._postgres)
        self._executor.shutdown()

    def _start_kafka(self) -> str:
        # Generous timeout: the first run also fetches the jars, and CI machines are small.
        start_kafka(self._kafka, timeout=180)
        return self._kafka.bootstrap_servers

    def _start_postgres(self) -> str:
        return start_postgres(self._postgres, timeout=120)


@pytest.fixture(scope="session")
def _session_servers(request: pytest.FixtureRequest) -> Iterator[_SessionServers]:
    root = Path(tempfile.mkdtemp(prefix="newsflow-test-servers-"))
    servers = _SessionServers(root, request.config.stash.get(_NEEDED_SERVERS, frozenset()))
    try:
        yield servers
    finally:
        servers.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def kafka_bootstrap(_session_servers: _SessionServers) -> str:
    """Bootstrap servers of a Kafka broker private to this test session."""
    return _session_servers.address("kafka_bootstrap")


@pytest.fixture(scope="session")
def database_url(_session_servers: _SessionServers) -> str:
    """URL of the `newsflow` database on a PostgreSQL server private to this test session."""
    return _session_servers.address("database_url")


@pytest.fixture
def new_topic(kafka_bootstrap: str, request: pytest.FixtureRequest) -> NewTopic:
    """Factory: `await new_topic("articles", partitions=3)` creates a topic no other test uses."""
    # Only "-" as separator: Kafka warns about names that differ just in "." vs "_".
    test_name = re.sub(r"[^A-Za-z0-9]+", "-", request.node.name).strip("-")[:100]

    async def create(label: str = "topic", *, partitions: int = 3) -> str:
        name = f"{test_name}-{label}-{uuid.uuid4().hex[:8]}"
        await ensure_topics(kafka_bootstrap, [name], partitions=partitions)
        return name

    return create
