"""Ingest's tokens end to end: the stack's token file, made once and kept private, and a
real ingest process in production mode that takes articles with that token only, while
its metrics and probes answer anyone on their own port."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from newsflow.stack.tokens import ingest_token, token_path
from newsflow.stack.topics import ensure_topics
from tests.pipeline import PipelineTopics
from tests.processes import Worker

pytestmark = pytest.mark.integration

ROOT = Path(__file__).parents[3]
CURL_EXAMPLE = ROOT / "examples" / "post_with_curl.sh"
SEED = next((ROOT / "seeds").glob("*.txt"))


def test_the_stack_token_is_made_once_readable_by_its_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = ingest_token(home)
    again = ingest_token(home)

    assert first == again and len(first) >= 40
    assert stat.S_IMODE(token_path(home).stat().st_mode) == 0o600
    assert [p.name for p in home.iterdir()] == ["ingest-token"]  # no drafts left behind


def test_processes_racing_to_make_the_token_all_get_the_same_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with ThreadPoolExecutor(max_workers=8) as pool:
        tokens = set(pool.map(lambda _: ingest_token(home), range(16)))
    assert tokens == {token_path(home).read_text().strip()}


async def test_a_real_ingest_takes_articles_with_the_stack_token_only(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    token = ingest_token(tmp_path / "home")
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=1)
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "NEWSFLOW_ENV": "production",
        "INGEST_TOKENS": f"stack:{token}",
        **topics.env(),
    }
    with Worker.started("ingest", env, tmp_path) as ingest:
        article = {"title": "Authenticated", "body": "Zelensky spoke in Kyiv."}
        async with httpx.AsyncClient(base_url=ingest.url, timeout=30) as http:
            accepted = await http.post("/articles", json=article, headers=bearer(token))
            anonymous = await http.post("/articles", json=article)
            wrong = await http.post("/articles", json=article, headers=bearer(token[::-1]))
            no_metrics_here = await http.get("/metrics")
            ops = ingest.metrics_url.removesuffix("/metrics")
            probes = [(await http.get(f"{ops}{path}")).status_code for path in PROBES]
            no_articles_there = await http.post(f"{ops}/articles", json=article)
        by_curl = await post_with_curl(ingest.url, token, SEED)
        refused_curl = await post_with_curl(ingest.url, token[::-1], SEED)
        log = ingest.log()

    assert accepted.status_code == 202, accepted.text
    assert anonymous.status_code == 401 and anonymous.headers["www-authenticate"] == "Bearer"
    assert wrong.status_code == 403
    assert (no_metrics_here.status_code, probes) == (404, [200, 200, 200])
    assert no_articles_there.status_code == 501
    assert by_curl[0] == 0 and json.loads(by_curl[1])["article_ids"]
    assert refused_curl[0] == 22 and "this token is not accepted here" in refused_curl[1]
    assert "starting ingest with" in log and "stack" in log
    assert token not in log and token[::-1] not in log


PROBES = ("/metrics", "/healthz", "/readyz")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def post_with_curl(url: str, token: str, *files: Path) -> tuple[int | None, str]:
    """examples/post_with_curl.sh, as a user runs it after `newsflow stack env`."""
    process = await asyncio.create_subprocess_exec(
        str(CURL_EXAMPLE),
        *map(str, files),
        env={**os.environ, "INGEST_URL": url, "INGEST_TOKEN": token},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode, output.decode()
