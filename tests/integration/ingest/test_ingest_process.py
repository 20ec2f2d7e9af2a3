"""The ingest service as a real process: it stops promptly and cleanly on SIGTERM."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from newsflow.stack.topics import ensure_topics
from tests.pipeline import PipelineTopics, ingest_client
from tests.processes import Worker

pytestmark = pytest.mark.integration


async def test_sigterm_stops_ingest_within_10_s_after_it_has_served(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=3)
    env = {"KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, **topics.env()}
    with Worker.started("ingest", env, tmp_path) as ingest:
        article = {"title": "Ingest stops cleanly", "body": "Zelensky spoke in Kyiv."}
        async with ingest_client(ingest) as http:
            answer = await http.post("/articles", json=article)
        assert answer.status_code == 202, answer.text
        started = time.monotonic()
        ingest.signal(signal.SIGTERM)
        assert await ingest.exit_code(within_seconds=30) == 0
        assert time.monotonic() - started < 10
