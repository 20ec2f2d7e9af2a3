"""A real single-node Apache Kafka (KRaft) broker, run as a detached background process."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

from aiokafka.errors import KafkaError

from newsflow.stack._process import (
    command_line,
    process_alive,
    read_pid,
    tail,
    terminate_group,
    write_pid,
)
from newsflow.stack.kafka_jars import KAFKA_VERSION, ensure_kafka_jars
from newsflow.stack.kafka_node import (
    KafkaNode,
    KafkaStartError,
    SaslSslListener,
    format_storage_once,
    java_command,
    write_configs,
)
from newsflow.stack.ports import port_accepts, wait_for_port
from newsflow_runtime.kafka import build_admin
from newsflow_runtime.kafka_settings import KafkaSettings

__all__ = [
    "KAFKA_VERSION",
    "KafkaNode",
    "KafkaStartError",
    "SaslSslListener",
    "ensure_kafka_jars",
    "kafka_running",
    "start_kafka",
    "stop_kafka",
]

_BROKER_JVM_OPTS = (
    "-Xmx512m",
    "-Xms256m",
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    # The client JIT only. A local broker lives minutes to hours and handles tens of requests
    # a second: C2 spent more CPU compiling in its first minutes (a fifth of a core while
    # idle) than its faster code ever saves here, and took it from the enrich workers. With
    # C1 alone the young broker costs about half as much, idle and under load (docs/local-stack.md).
    "-XX:TieredStopAtLevel=1",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
)
_STOP_GRACE_S = 20.0


def kafka_running(node: KafkaNode) -> bool:
    return _running_pid(node) is not None


def start_kafka(node: KafkaNode, *, timeout: float = 60.0, cache_dir: Path | None = None) -> None:
    """Start the broker unless it already runs; return once it serves metadata.

    Fetching the jars (first use only) does not count against `timeout`.
    Blocking, and runs its readiness probe with asyncio.run(): from async
    code call it through asyncio.to_thread().
    """
    if kafka_running(node):
        if not port_accepts(node.host, node.port):
            raise KafkaStartError(
                f"Kafka in {node.root} already runs, but not on port {node.port}; stop it first"
            )
        return
    for port in node.ports:
        if port_accepts(node.host, port):
            raise KafkaStartError(f"cannot start Kafka: {node.host}:{port} is already in use")
    libs = ensure_kafka_jars(cache_dir)
    write_configs(node)
    format_storage_once(node, libs)
    pid = _launch_broker(node, libs)
    try:
        _wait_until_ready(node, pid, deadline=time.monotonic() + timeout)
    except BaseException:
        terminate_group(pid, _STOP_GRACE_S)
        node.pid_file.unlink(missing_ok=True)
        raise


def stop_kafka(node: KafkaNode) -> None:
    """Stop the broker (SIGTERM, then SIGKILL after a grace period); no-op if not running."""
    pid = _running_pid(node)
    if pid is not None:
        terminate_group(pid, _STOP_GRACE_S)
    node.pid_file.unlink(missing_ok=True)


def _running_pid(node: KafkaNode) -> int | None:
    pid = read_pid(node.pid_file)
    if pid is None or not process_alive(pid):
        return None
    # After a reboot the pid in a stale file may belong to an unrelated process.
    cmdline = command_line(pid)
    if cmdline is not None and str(node.config_file) not in cmdline:
        return None
    return pid


def _launch_broker(node: KafkaNode, libs: Path) -> int:
    command = [
        *java_command(node, libs, *_BROKER_JVM_OPTS),
        f"-XX:ErrorFile={node.root}/hs_err_pid%p.log",
        "kafka.Kafka",
        str(node.config_file),
    ]
    # posix_spawn, not Popen: the broker is meant to outlive us, and a Popen
    # object whose child still runs warns (ResourceWarning) when collected.
    # setsid gives it its own session and process group: no terminal signals
    # reach it, and stop_kafka can signal the whole group.
    with node.output_file.open("wb") as output:
        pid = os.posix_spawn(
            command[0],
            command,
            os.environ,
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_DUP2, output.fileno(), 1),
                (os.POSIX_SPAWN_DUP2, output.fileno(), 2),
            ],
            setsid=True,
        )
    write_pid(node.pid_file, pid)
    return pid


def _wait_until_ready(node: KafkaNode, pid: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        if not process_alive(pid):
            raise KafkaStartError(_failure(node, "the broker exited during startup"))
        if wait_for_port(node.host, node.port, min(deadline, time.monotonic() + 1.0)) and (
            asyncio.run(_broker_registered(node.bootstrap_servers))
        ):
            return
        time.sleep(0.3)
    raise KafkaStartError(_failure(node, "the broker was not ready in time"))


async def _broker_registered(bootstrap_servers: str) -> bool:
    """True once the broker answers metadata requests and lists itself as a live broker."""
    # The PLAINTEXT listener, which every local node has.
    admin = build_admin(KafkaSettings.plaintext(bootstrap_servers), request_timeout_ms=5000)
    try:
        await asyncio.wait_for(admin.start(), timeout=5)
        cluster = await asyncio.wait_for(admin.describe_cluster(), timeout=5)
        return bool(cluster.get("brokers"))
    except (KafkaError, OSError, TimeoutError):
        return False
    finally:
        await admin.close()


def _failure(node: KafkaNode, reason: str) -> str:
    log = tail(node.output_file)
    return f"Kafka {KAFKA_VERSION}: {reason}; last lines of {node.output_file}:\n{log}"
