"""Runs the services as real processes and restarts them when they exit, like a kubelet:
after a back-off that doubles while a process keeps dying young. Restarts are counted."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from newsflow.stack._process import tail
from tests.chaos.timeline import Timeline

FIRST_BACKOFF_S = 1.0
MAX_BACKOFF_S = 16.0
HEALTHY_RUN_S = 30.0  # a process that ran this long starts again with the first back-off
TICK_S = 0.5
STOP_GRACE_S = 30.0


@dataclass
class Replica:
    """One process slot of a service, like a pod: the same name, port and env on each start."""

    service: str
    index: int
    env: dict[str, str]
    port: int
    home: Path
    process: subprocess.Popen[bytes] | None = None
    wanted: bool = True
    started_at: float = 0.0
    restarts: list[float] = field(default_factory=list)
    next_start: float | None = None
    backoff: float = FIRST_BACKOFF_S
    # Where /readyz and /metrics answer, when not on `port` (ingest has an ops port).
    probe_port: int | None = None

    @property
    def name(self) -> str:
        return f"{self.service}-{self.index}"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def probe_url(self) -> str:
        return f"http://127.0.0.1:{self.probe_port or self.port}"

    @property
    def log_file(self) -> Path:
        return self.home / f"{self.name}.log"

    @property
    def work_dir(self) -> Path:
        """Its own working directory: Faust keeps a data directory in the current one."""
        return self.home / self.name

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


class Supervisor:
    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.replicas: dict[str, Replica] = {}

    def add(self, replica: Replica) -> Replica:
        self.replicas[replica.name] = replica
        replica.work_dir.mkdir(parents=True, exist_ok=True)
        self._launch(replica)
        return replica

    async def run(self, stop: asyncio.Event) -> None:
        """Watches every wanted replica until `stop` is set."""
        while not stop.is_set():
            for replica in list(self.replicas.values()):
                self._watch(replica)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), TICK_S)

    def kill(self, name: str, sig: signal.Signals = signal.SIGKILL) -> int | None:
        replica = self.replicas[name]
        pid = replica.pid
        if pid is not None and replica.alive():
            _signal_group(pid, sig)
        return pid

    async def retire(self, name: str) -> int | None:
        """Scale in: SIGTERM, not restarted; SIGKILL after the grace period. The exit code."""
        replica = self.replicas[name]
        replica.wanted = False
        if replica.process is None:
            return None
        self.kill(name, signal.SIGTERM)
        try:
            return await asyncio.to_thread(replica.process.wait, STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            self.kill(name, signal.SIGKILL)
            return await asyncio.to_thread(replica.process.wait, 10)

    def stop_all(self) -> None:
        for replica in self.replicas.values():
            replica.wanted = False
            self.kill(replica.name, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_S
        for replica in self.replicas.values():
            if replica.process is None:
                continue
            try:
                replica.process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.kill(replica.name, signal.SIGKILL)
                replica.process.wait(10)

    def restarts_by_service(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for replica in self.replicas.values():
            counts[replica.service] = counts.get(replica.service, 0) + len(replica.restarts)
        return counts

    def log_tails(self, lines: int = 40) -> str:
        return "\n".join(
            f"----- last {lines} lines of {r.log_file}\n{tail(r.log_file, lines)}"
            for r in self.replicas.values()
        )

    def _watch(self, replica: Replica) -> None:
        if not replica.wanted or replica.process is None:
            return
        code = replica.process.poll()
        if code is None:
            return
        now = time.monotonic()
        if replica.next_start is None:
            ran = now - replica.started_at
            replica.backoff = FIRST_BACKOFF_S if ran >= HEALTHY_RUN_S else replica.backoff
            replica.next_start = now + replica.backoff
            what = f"{replica.name} (pid {replica.pid}) exited with {code} after {ran:.0f} s"
            self.timeline.note("exit", f"{what}; restart in {replica.backoff:.0f} s")
            replica.backoff = min(replica.backoff * 2, MAX_BACKOFF_S)
        elif now >= replica.next_start:
            replica.restarts.append(self.timeline.now())
            self._launch(replica)
            self.timeline.note("restart", f"{replica.name} as pid {replica.pid}")

    def _launch(self, replica: Replica) -> None:
        replica.next_start = None
        replica.started_at = time.monotonic()
        with replica.log_file.open("ab") as log:
            log.write(
                f"=== chaos: starting {replica.name} at {self.timeline.now():.1f}s\n".encode()
            )
            log.flush()
            replica.process = subprocess.Popen(
                [sys.executable, "-m", f"newsflow_{replica.service}"],
                env={**os.environ, **replica.env},
                cwd=replica.work_dir,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )


async def wait_until(replica: Replica, path: str, within_s: float) -> bool:
    """Until GET path answers 200, for at most within_s seconds; True if it answered."""
    deadline = time.monotonic() + within_s
    async with httpx.AsyncClient(timeout=3) as client:
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get(replica.probe_url + path)).status_code == 200:
                    return True
            await asyncio.sleep(0.5)
    return False


def _signal_group(pid: int, sig: signal.Signals) -> None:
    # Each replica leads its own process group (start_new_session), children included.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)
