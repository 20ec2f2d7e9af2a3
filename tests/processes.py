"""Real service processes for the failure tests, each with its own exit code, log and
metrics port: the test plays the supervisor that Kubernetes would be."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from newsflow.stack.ports import free_ports
from newsflow_runtime.envelope import encode
from newsflow_schemas import RawArticle
from tests.pipeline import ingest_variables

PORT_VARIABLES = {
    "ingest": "INGEST_HTTP_PORT",
    "enrich": "ENRICH_METRICS_PORT",
    "store": "STORE_METRICS_PORT",
}
READY_WITHIN_SECONDS = 180


@dataclass
class Worker:
    name: str
    process: subprocess.Popen[bytes]
    log_path: Path
    metrics_url: str
    url: str  # its API: ingest's POST /articles (sent with env["INGEST_TOKEN"])
    env: dict[str, str]  # what it was started with, beyond the test's own environment

    @classmethod
    @contextmanager
    def started(
        cls, stage: str, env: dict[str, str], run_dir: Path, name: str | None = None
    ) -> Iterator[Worker]:
        name = name or stage
        port, metrics_port = free_ports(2)
        if stage != "ingest":
            metrics_port = port  # only ingest has an API apart from its metrics
        log_path = run_dir / f"{name}-{port}.log"
        variables = {
            **(ingest_variables(metrics_port) if stage == "ingest" else {}),
            **env,
            PORT_VARIABLES[stage]: str(port),
            "NEWSFLOW_HOME": str(run_dir / name),
            f"{stage.upper()}_CONSUMER_GROUP": f"{stage}-{env['RAW_TOPIC']}",
        }
        work_dir = run_dir / f"{name}-{port}"
        work_dir.mkdir(parents=True, exist_ok=True)
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", f"newsflow_{stage}"],
                env={**os.environ, **variables},
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=work_dir,
            )
        metrics_url = f"http://127.0.0.1:{metrics_port}/metrics"
        worker = cls(name, process, log_path, metrics_url, f"http://127.0.0.1:{port}", variables)
        try:
            worker.wait_serving()
            yield worker
        finally:
            worker.stop()

    def wait_serving(self) -> None:
        for _ in range(READY_WITHIN_SECONDS * 2):
            if self.process.poll() is not None:
                break
            with suppress(httpx.HTTPError):
                if httpx.get(self.metrics_url, timeout=2).status_code == 200:
                    return
            subprocess.run(["sleep", "0.5"], check=True)
        raise AssertionError(f"{self.name} did not start:\n{self.log()[-3000:]}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def signal(self, signum: signal.Signals) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signum)

    async def exit_code(self, within_seconds: float) -> int:
        try:
            return await asyncio.wait_for(asyncio.to_thread(self.process.wait), within_seconds)
        except TimeoutError:
            raise AssertionError(f"{self.name} still running:\n{self.log()[-3000:]}") from None

    def stop(self) -> None:
        self.signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


async def publish_raw(bootstrap: str, topic: str, articles: Sequence[RawArticle]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for article in articles:
            record = encode(article, key=article.article_id, source="test")
            await producer.send_and_wait(
                topic, record.value, key=record.key, headers=record.headers
            )
    finally:
        await producer.stop()


async def read_all(
    bootstrap: str, topic: str, count: int, within_seconds: float = 120
) -> list[bytes]:
    """The topic's values from the start: `count` of them, or what came within the time."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    values: list[bytes] = []
    try:
        async with asyncio.timeout(within_seconds):
            async for message in consumer:
                values.append(message.value or b"")
                if len(values) == count:
                    break
    except TimeoutError:
        pass
    finally:
        await consumer.stop()
    return values
