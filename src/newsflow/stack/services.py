"""The three newsflow services as detached background processes, tracked by pid files."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from newsflow.stack._process import process_alive, read_pid, tail, terminate_group, write_pid


@dataclass(frozen=True)
class ServiceProcess:
    name: str
    module: str
    metrics_url: str
    env: dict[str, str]
    api_url: str = ""  # where its own API listens, when that is not beside /metrics

    @property
    def url(self) -> str:
        """The base URL of the service's API: ingest's POST /articles, the read API."""
        return self.api_url or self.metrics_url.removesuffix("/metrics")

    def pid_file(self, run_dir: Path) -> Path:
        return run_dir / f"{self.name}.pid"

    def log_file(self, run_dir: Path) -> Path:
        return run_dir / f"{self.name}.log"


class ServiceStartError(RuntimeError):
    """A service did not come up; the message carries the tail of its log."""


def service_running(service: ServiceProcess, run_dir: Path) -> bool:
    pid = read_pid(service.pid_file(run_dir))
    return pid is not None and process_alive(pid)


def start_service(service: ServiceProcess, run_dir: Path, cwd: Path | None = None) -> None:
    """`cwd`: where the process runs (Faust keeps a data directory there); ours, if None."""
    if service_running(service, run_dir):
        return
    run_dir.mkdir(parents=True, exist_ok=True)
    with service.log_file(run_dir).open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", service.module],
            env={**os.environ, **service.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            cwd=cwd,
        )
    write_pid(service.pid_file(run_dir), process.pid)


def wait_until_serving(service: ServiceProcess, run_dir: Path, timeout: float = 120) -> None:
    """The metrics endpoint answers only once a service has loaded and wired everything."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not service_running(service, run_dir):
            break
        try:
            if httpx.get(service.metrics_url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise ServiceStartError(
        f"{service.name} did not start; last log lines:\n{tail(service.log_file(run_dir))}"
    )


def stop_service(service: ServiceProcess, run_dir: Path, grace: float = 20) -> None:
    pid = read_pid(service.pid_file(run_dir))
    if pid is not None and process_alive(pid):
        terminate_group(pid, grace)
    service.pid_file(run_dir).unlink(missing_ok=True)
