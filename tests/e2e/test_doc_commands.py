"""Every shell command block in README.md and docs/*.md runs, as a reader would paste it,
against a pipeline of this module's own (ingest with a token, enrich, store, read API; its
own topics and database), with the variables `newsflow stack env` would give that reader.
A block is left out only where the markdown marks it, with why (tests/e2e/doc_blocks.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from newsflow.stack.services import ServiceProcess
from newsflow.stack.topics import ensure_topics
from newsflow_ingest.bootstrap import ingest_paths
from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_store.adapters.read_model import wait_until_stored
from tests.e2e.doc_blocks import Block, blocks, documents, shell_blocks
from tests.pipeline import PipelineTopics, running, service

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).parents[2]
BLOCK_TIMEOUT_SECONDS = 180
DEADLINE_SECONDS = 240
SHELL_BLOCKS = shell_blocks(ROOT)
TO_RUN = [each for each in SHELL_BLOCKS if each.not_run is None]
MARKED = [each for each in SHELL_BLOCKS if each.not_run is not None]


def fresh_database(database_url: str) -> str:
    name = f"docs_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(database_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
async def reader_env(kafka_bootstrap: str, database_url: str) -> AsyncIterator[dict[str, str]]:
    """A running pipeline with the seeds stored, and a reader's shell variables for it."""
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=6)
    run_dir = Path(tempfile.mkdtemp(prefix="newsflow-docs-"))
    home = run_dir / "home"
    database = fresh_database(database_url)
    env = {"KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "DATABASE_URL": database, **topics.env()}
    ingest, api = service("ingest", env), service("api", env)
    pipeline = [ingest, service("enrich", env), service("store", env)]
    try:
        # The API after the rest: store migrates the database at start-up.
        with running(pipeline, run_dir), running([api], run_dir):
            await store_the_seeds(kafka_bootstrap, topics.raw, home, database)
            yield reader(env, home, ingest, api)
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


async def store_the_seeds(bootstrap: str, raw_topic: str, home: Path, database: str) -> None:
    settings = IngestSettings(
        kafka=KafkaSettings.plaintext(bootstrap), raw_topic=raw_topic, newsflow_home=home
    )
    report = await ingest_paths(settings, [ROOT / "seeds"])
    stored = await wait_until_stored(database, report.published, DEADLINE_SECONDS)
    assert stored, f"seed articles not stored within {DEADLINE_SECONDS} s"


def reader(
    env: dict[str, str], home: Path, ingest: ServiceProcess, api: ServiceProcess
) -> dict[str, str]:
    """What `newsflow stack env` prints for this pipeline, and what the stack would have
    left in NEWSFLOW_HOME: the ingest token's file, so that `stack env` prints it too."""
    token = ingest.env["INGEST_TOKEN"]
    home.mkdir(parents=True, exist_ok=True)
    (home / "ingest-token").write_text(f"{token}\n")
    return {
        **env,
        "NEWSFLOW_HOME": str(home),
        "INGEST_HTTP_PORT": ingest.env["INGEST_HTTP_PORT"],
        "API_PORT": api.env["API_PORT"],
        "INGEST_URL": ingest.url,
        "INGEST_TOKEN": token,
        "API_URL": api.url,
    }


def run(block: Block, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The block as one bash script from the repository's root that stops at the first
    failing command or pipeline."""
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", block.script],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=BLOCK_TIMEOUT_SECONDS,
        check=False,
    )


@pytest.mark.parametrize("block", TO_RUN, ids=[each.where(ROOT) for each in TO_RUN])
def test_documented_command_block_runs(block: Block, reader_env: dict[str, str]) -> None:
    done = run(block, reader_env)
    assert done.returncode == 0, (
        f"{block.where(ROOT)} exited {done.returncode}:\n{block.script}\n"
        f"--- stdout\n{done.stdout[-4000:]}\n--- stderr\n{done.stderr[-4000:]}"
    )


def test_blocks_not_run_are_marked_with_a_reason_and_listed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = [f"{len(MARKED)} documented shell blocks not run, as marked:"]
    lines += [f"  {each.where(ROOT)}: {each.not_run}" for each in MARKED]
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert all(each.not_run and each.not_run.strip() for each in MARKED)
    assert len(TO_RUN) >= 8, f"only {len(TO_RUN)} blocks found to run: is the extractor broken?"


def test_every_fenced_block_names_its_language() -> None:
    """A bare fence would hide a command from this test: output samples are ```text."""
    bare = [b.where(ROOT) for path in documents(ROOT) for b in blocks(path) if not b.language]
    assert not bare, f"fenced blocks without a language (sh, text, ...): {bare}"


def test_a_failing_command_fails_its_block() -> None:
    broken = Block(ROOT / "README.md", 0, "sh", "false | cat\necho never\n", None)
    done = run(broken, {})
    assert done.returncode != 0 and "never" not in done.stdout
