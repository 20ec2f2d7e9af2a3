"""A real Prometheus (Debian's `prometheus` package) for tests: loopback, a free port, storage
of its own, the committed scrape jobs pointed at the test's services, the committed rules."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import yaml

from newsflow.stack.ports import free_port

PROMETHEUS_DIR = Path(__file__).parents[2] / "deploy" / "prometheus"
SCRAPE_INTERVAL_SECONDS = 1


def config_for(targets: Mapping[str, str]) -> dict[str, Any]:
    """deploy/prometheus/prometheus.yml with each job's target replaced by the test's
    host:port, its rule files made absolute, and everything every second."""
    committed = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())
    jobs = {job["job_name"] for job in committed["scrape_configs"]}
    if jobs != set(targets):
        raise ValueError(f"the test scrapes {sorted(targets)}, the config has {sorted(jobs)}")
    interval = f"{SCRAPE_INTERVAL_SECONDS}s"
    return {
        **committed,
        "global": {"scrape_interval": interval, "evaluation_interval": interval},
        "rule_files": [str(PROMETHEUS_DIR / pattern) for pattern in committed["rule_files"]],
        "scrape_configs": [
            {**job, "static_configs": [{"targets": [targets[job["job_name"]]]}]}
            for job in committed["scrape_configs"]
        ],
    }


def prometheus_binary() -> str:
    found = shutil.which("prometheus")
    if found is None:
        raise RuntimeError("prometheus is not installed: run scripts/setup.sh")
    return found


@contextmanager
def running_prometheus(config: Mapping[str, Any], workdir: Path) -> Iterator[str]:
    """Starts Prometheus on 127.0.0.1 and yields its URL; stops it and keeps its log."""
    workdir.mkdir(parents=True, exist_ok=True)
    config_file = workdir / "prometheus.yml"
    config_file.write_text(yaml.safe_dump(dict(config), sort_keys=False))
    url = f"http://127.0.0.1:{free_port()}"
    log = (workdir / "prometheus.log").open("wb")
    process = subprocess.Popen(
        [
            prometheus_binary(),
            f"--config.file={config_file}",
            f"--storage.tsdb.path={workdir / 'data'}",
            f"--web.listen-address={url.removeprefix('http://')}",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        _wait_ready(url, process, workdir / "prometheus.log")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/-/ready", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"Prometheus did not start:\n{log.read_text()[-3000:]}")
