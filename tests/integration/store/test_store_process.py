"""`python -m newsflow_store` as a real process: migrates, serves metrics, stops on SIGTERM,
and stops within ten seconds even while its database cannot be reached."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import make_url

from newsflow.stack.ports import free_port
from newsflow_schemas import EnrichedArticle
from newsflow_store import count_articles
from tests.conftest import NewTopic
from tests.factories import enriched
from tests.integration.store.conftest import NewDatabase
from tests.integration.store.helpers import eventually, produce, query
from tests.integration.store.proxy import CuttableProxy

pytestmark = pytest.mark.integration

STOP_WITHIN_SECONDS = 10


async def scrape(url: str) -> str | None:
    try:
        async with httpx.AsyncClient(timeout=15) as client:
            return (await client.get(url)).text
    except httpx.TransportError:
        return None


class StoreProcess:
    def __init__(self, process: asyncio.subprocess.Process, log: Path, port: int) -> None:
        self.process = process
        self.log = log
        self.base = f"http://127.0.0.1:{port}"

    def alive(self) -> bool:
        assert self.process.returncode is None, self.log.read_text()
        return True

    async def serving(self) -> bool:
        return self.alive() and await scrape(f"{self.base}/metrics") is not None

    async def stop(self) -> tuple[int, float]:
        """SIGTERM; the exit code and the seconds it took."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        returncode = await asyncio.wait_for(self.process.wait(), 30)
        return returncode, time.monotonic() - started


@asynccontextmanager
async def store_process(env: dict[str, str], log: Path) -> AsyncIterator[StoreProcess]:
    port = free_port()
    with log.open("ab") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "newsflow_store",
            env={**os.environ, **env, "STORE_METRICS_PORT": str(port)},
            stdout=out,
            stderr=out,
        )
    store = StoreProcess(process, log, port)
    try:
        await eventually(store.serving)
        yield store
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def store_env(kafka_bootstrap: str, new_topic: NewTopic, database: str) -> dict[str, str]:
    return {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "DATABASE_URL": database,
        "ENRICHED_TOPIC": await new_topic("enriched"),
        "DEAD_LETTER_TOPIC": await new_topic("dead-letter", partitions=1),
        "STORE_CONSUMER_GROUP": f"store-process-{uuid.uuid4().hex[:8]}",
    }


async def test_the_store_process_migrates_stores_and_stops_cleanly_on_sigterm(
    kafka_bootstrap: str, new_topic: NewTopic, new_database: NewDatabase, tmp_path: Path
) -> None:
    database = new_database()  # empty: the process must migrate it
    env = await store_env(kafka_bootstrap, new_topic, database)
    events = [enriched(), enriched()]
    await produce(kafka_bootstrap, env["ENRICHED_TOPIC"], events)

    async with store_process(env, tmp_path / "store.log") as store:

        async def stored() -> bool:
            return store.alive() and await count_articles(database, ids(events)) == 2

        await eventually(stored)

        async def indexed() -> bool:  # the search indexer runs in the process too
            metrics = await scrape(f"{store.base}/metrics") or ""
            return "newsflow_store_search_indexed_total 2.0" in metrics

        await eventually(indexed)
        metrics = await scrape(f"{store.base}/metrics") or ""
        returncode, _ = await store.stop()

    output = (tmp_path / "store.log").read_text()
    assert returncode == 0, output
    assert "Traceback" not in output
    assert 'newsflow_articles_processed_total{outcome="stored",stage="store"} 2.0' in metrics
    assert "newsflow_end_to_end_latency_seconds_count 2.0" in metrics
    assert 'newsflow_stage_stuck{stage="store"} 0.0' in metrics
    assert query(database, "SELECT count(*) FROM articles WHERE search IS NULL") == [(0,)]


@pytest.mark.parametrize("silent", [True, False], ids=["partitioned", "refused"])
async def test_sigterm_while_the_database_is_unreachable_exits_in_time_and_loses_nothing(
    kafka_bootstrap: str,
    new_topic: NewTopic,
    new_database: NewDatabase,
    tmp_path: Path,
    silent: bool,
) -> None:
    database = new_database()
    target = make_url(database)
    proxy = CuttableProxy(target.host or "127.0.0.1", target.port or 5432)
    proxied = target.set(port=await proxy.start()).render_as_string(hide_password=False)
    env = await store_env(kafka_bootstrap, new_topic, proxied)
    env["STORE_STUCK_AFTER_SECONDS"] = "1"
    before, during = [enriched(), enriched()], [enriched(), enriched(), enriched()]
    await produce(kafka_bootstrap, env["ENRICHED_TOPIC"], before)
    log = tmp_path / "store.log"

    try:
        async with store_process(env, log) as store:

            async def stored_before() -> bool:
                return store.alive() and await count_articles(database, ids(before)) == 2

            async def stuck() -> bool:
                ready = await readiness(store.base)
                return store.alive() and ready is not None and not ready["checks"]["not_stuck"]

            await eventually(stored_before)
            proxy.cut(silent=silent)
            await produce(kafka_bootstrap, env["ENRICHED_TOPIC"], during)
            await eventually(stuck, 60)
            metrics = await scrape(f"{store.base}/metrics") or ""
            returncode, seconds = await store.stop()
    finally:
        await proxy.close()

    assert returncode == 0, log.read_text()
    assert seconds < STOP_WITHIN_SECONDS, log.read_text()
    assert 'newsflow_stage_stuck{stage="store"} 1.0' in metrics
    assert await count_articles(database, ids(during)) == 0

    env["DATABASE_URL"] = database  # the database is back
    async with store_process(env, log) as restarted:

        async def stored_during() -> bool:
            return restarted.alive() and await count_articles(database, ids(during)) == 3

        await eventually(stored_during)
        returncode, _ = await restarted.stop()
    assert returncode == 0, log.read_text()
    assert "Traceback" not in log.read_text()


async def readiness(base: str) -> dict[str, Any] | None:
    try:
        async with httpx.AsyncClient(timeout=15) as client:
            response = await client.get(f"{base}/readyz")
    except httpx.TransportError:
        return None
    payload: dict[str, Any] = json.loads(response.text)
    assert (response.status_code == 200) is payload["ready"]
    return payload


def ids(events: list[EnrichedArticle]) -> list[str]:
    return [event.article_id for event in events]
