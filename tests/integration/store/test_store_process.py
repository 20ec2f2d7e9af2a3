"""`python -m newsflow_store` as a real process: migrates, serves metrics, stops on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from newsflow.stack.ports import free_port
from newsflow_store import count_articles
from tests.conftest import NewTopic
from tests.factories import enriched
from tests.integration.store.conftest import NewDatabase
from tests.integration.store.helpers import produce

pytestmark = pytest.mark.integration


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 60) -> None:
    async with asyncio.timeout(seconds):
        while True:
            if await check():
                return
            await asyncio.sleep(0.3)


async def scrape(url: str) -> str | None:
    try:
        async with httpx.AsyncClient() as client:
            return (await client.get(url)).text
    except httpx.TransportError:
        return None


async def test_the_store_process_migrates_stores_and_stops_cleanly_on_sigterm(
    kafka_bootstrap: str, new_topic: NewTopic, new_database: NewDatabase, tmp_path: Path
) -> None:
    database = new_database()  # empty: the process must migrate it
    port = free_port()
    metrics_url = f"http://127.0.0.1:{port}/metrics"
    topic = await new_topic("enriched")
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "DATABASE_URL": database,
        "ENRICHED_TOPIC": topic,
        "DEAD_LETTER_TOPIC": await new_topic("dead-letter", partitions=1),
        "STORE_CONSUMER_GROUP": f"store-process-{uuid.uuid4().hex[:8]}",
        "STORE_METRICS_PORT": str(port),
    }
    events = [enriched(), enriched()]
    await produce(kafka_bootstrap, topic, events)
    log = tmp_path / "store.log"
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "newsflow_store",
            env={**os.environ, **env},
            stdout=out,
            stderr=out,
        )

    async def stored() -> bool:
        assert process.returncode is None, log.read_text()
        return await count_articles(database, [e.article_id for e in events]) == 2

    async def serving() -> bool:
        assert process.returncode is None, log.read_text()
        return await scrape(metrics_url) is not None

    try:
        await eventually(serving)
        await eventually(stored)
        metrics = await scrape(metrics_url) or ""
        process.send_signal(signal.SIGTERM)
        returncode = await asyncio.wait_for(process.wait(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

    output = log.read_text()
    assert returncode == 0, output
    assert "Traceback" not in output
    assert 'newsflow_articles_processed_total{outcome="stored",stage="store"} 2.0' in metrics
    assert "newsflow_end_to_end_latency_seconds_count 2.0" in metrics
