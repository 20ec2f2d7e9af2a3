"""The bench's own Kafka and PostgreSQL on free ports, and its services as real processes,
with the peak resident memory of each sampled while they run, and the CPU time each takes."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil
from prometheus_client.parser import text_string_to_metric_families

from newsflow.stack._process import read_pid
from newsflow.stack.kafka import KafkaNode, start_kafka, stop_kafka
from newsflow.stack.ports import free_ports
from newsflow.stack.postgres import PostgresNode, start_postgres, stop_postgres
from newsflow.stack.services import ServiceProcess
from newsflow.stack.topics import ensure_topics
from tests.pipeline import PipelineTopics, running, service

PARTITIONS = 6
SAMPLE_SECONDS = 0.25
SETTLE_SECONDS = 120
LAG = "newsflow_consumer_lag"


@dataclass(frozen=True)
class Servers:
    kafka: KafkaNode
    postgres: PostgresNode
    database_url: str
    home: Path

    def topic_bytes(self, topic: str) -> int:
        """What the topic takes in the broker's log: record batches as produced, compressed."""
        return sum(
            segment.stat().st_size
            for segment in self.kafka.log_dir.glob(f"{topic}-*/*.log")
            if segment.parent.name.rsplit("-", 1)[0] == topic
        )


@contextmanager
def servers(home: Path) -> Iterator[Servers]:
    kafka_port, controller_port, postgres_port = free_ports(3)
    kafka = KafkaNode(home / "kafka", kafka_port, controller_port)
    postgres = PostgresNode(home / "postgres", postgres_port)
    with ThreadPoolExecutor(max_workers=2) as pool:
        kafka_started = pool.submit(start_kafka, kafka, timeout=180)
        database_url = pool.submit(start_postgres, postgres, timeout=120)
        try:
            kafka_started.result()
            yield Servers(kafka, postgres, database_url.result(), home)
        finally:
            stop_kafka(kafka)
            stop_postgres(postgres)
            shutil.rmtree(home, ignore_errors=True)


@dataclass
class MemoryPeaks:
    """The highest resident set size seen per service process, in MB, by process name."""

    peaks: dict[str, float] = field(default_factory=dict)

    def sample(self, pids: dict[str, int]) -> None:
        for name, pid in pids.items():
            try:
                rss = psutil.Process(pid).memory_info().rss / 1e6
            except psutil.Error:
                continue  # it stopped between two samples
            self.peaks[name] = max(self.peaks.get(name, 0.0), rss)

    def of(self, prefix: str) -> float:
        return max((mb for name, mb in self.peaks.items() if name.startswith(prefix)), default=0.0)


@dataclass(frozen=True)
class Pipeline:
    servers: Servers
    topics: PipelineTopics
    ingest: ServiceProcess
    processes: tuple[ServiceProcess, ...]

    def cpu_seconds(self) -> dict[str, float]:
        """CPU time so far, by stage (the enrich workers together), of the services, the
        broker, and PostgreSQL (its postmaster and the backends serving now)."""
        run_dir = self.servers.home / self.topics.raw
        used: dict[str, float] = {}
        for process in self.processes:
            stage = process.name.rsplit("-", 1)[0]
            used[stage] = used.get(stage, 0.0) + _cpu(read_pid(process.pid_file(run_dir)))
        used["kafka"] = _cpu(read_pid(self.servers.kafka.pid_file))
        used["postgres"] = _cpu(_postmaster_pid(self.servers.postgres))
        return used


def _cpu(pid: int | None) -> float:
    """The process's and its children's CPU seconds, user and system; 0 once it is gone."""
    if pid is None:
        return 0.0
    try:
        root = psutil.Process(pid)
        family = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0.0
    for process in family:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue  # a backend that ended between the listing and the reading
        total += times.user + times.system
    return total


def _postmaster_pid(node: PostgresNode) -> int | None:
    # postmaster.pid's first line is the server's pid (PostgreSQL's storage layout).
    try:
        return int((node.pgdata / "postmaster.pid").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return None


async def new_topics(servers: Servers) -> PipelineTopics:
    topics = PipelineTopics.unique()
    bootstrap = servers.kafka.bootstrap_servers
    await ensure_topics(bootstrap, topics.names, partitions=PARTITIONS)
    return topics


@contextmanager
def pipeline(
    servers: Servers, topics: PipelineTopics, stages: Sequence[str], memory: MemoryPeaks
) -> Iterator[Pipeline]:
    """Ingest, then the given stages ("enrich" as often as workers are wanted), each a
    real process; every enrich worker in one consumer group."""
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": servers.kafka.bootstrap_servers,
        "DATABASE_URL": servers.database_url,
        "LOG_LEVEL": "WARNING",
        **topics.env(),
    }
    group = f"enrich-{topics.raw}"
    processes = [service("ingest", env)] + [
        service(stage, env, instance=i, group=group if stage == "enrich" else None)
        for i, stage in enumerate(stages)
    ]
    run_dir = servers.home / topics.raw
    stop = threading.Event()
    sampler = threading.Thread(target=_sample, args=(processes, run_dir, memory, stop))
    with running(processes, run_dir):
        workers = [p for p in processes if p.name.startswith("enrich")]
        wait_until_assigned(workers, topics.raw, PARTITIONS, SETTLE_SECONDS)
        sampler.start()
        try:
            yield Pipeline(servers, topics, processes[0], tuple(processes))
        finally:
            stop.set()
            sampler.join()


def wait_until_assigned(
    workers: Sequence[ServiceProcess], topic: str, partitions: int, within_seconds: float
) -> None:
    """Until the workers' group has settled: each of them owns some of the topic's partitions
    and every partition has a single owner, as their lag gauges say. Measuring from there
    leaves the group's first rebalances, and the batches they replay, out of a throughput
    that long-running workers have."""
    if not workers:
        return
    deadline = time.monotonic() + within_seconds
    owners: list[list[int]] = []
    while time.monotonic() < deadline:
        owners = [_owned(worker, topic) for worker in workers]
        owned = sorted(p for each in owners for p in each)
        if all(owners) and owned == list(range(partitions)):
            return
        time.sleep(0.5)
    raise TimeoutError(f"{topic}'s partitions not settled in {within_seconds} s: {owners}")


def _owned(worker: ServiceProcess, topic: str) -> list[int]:
    try:
        text = httpx.get(worker.metrics_url, timeout=2).text
    except httpx.HTTPError:
        return []
    return [
        int(sample.labels["partition"])
        for family in text_string_to_metric_families(text)
        if family.name == LAG
        for sample in family.samples
        if sample.labels.get("topic") == topic
    ]


def _sample(
    processes: Sequence[ServiceProcess], run_dir: Path, memory: MemoryPeaks, stop: threading.Event
) -> None:
    pids = {p.name: read_pid(p.pid_file(run_dir)) for p in processes}
    known = {name: pid for name, pid in pids.items() if pid is not None}
    while not stop.wait(SAMPLE_SECONDS):
        memory.sample(known)
