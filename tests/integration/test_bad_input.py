"""Bad input at both doors of a running pipeline: real ingest, enrich and store processes
on a real Kafka and PostgreSQL. Each kind of bad input (bad_inputs.py) goes over HTTP to
ingest, which must answer with a 4xx and its reason, and through Debian's kcat straight
onto the raw topic, where enrich must dead-letter it with the same reason. A valid
article follows each, on each path, and every one of them must be stored; input that is
odd but valid must be stored verbatim. At the end no service has restarted: the same pids
run and answer /healthz."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psycopg
import pytest
from sqlalchemy.engine import make_url

from newsflow.stack.topics import ensure_topics
from newsflow_ingest.domain import parse_article_bytes
from newsflow_schemas import DeadLetter
from newsflow_schemas.validation import most_specific_reason
from newsflow_store.adapters.read_model import count_articles, wait_until_stored
from tests.integration.bad_inputs import JSON, KINDS, STORED, TEXT, Kind
from tests.pipeline import PipelineTopics, ingest_client
from tests.processes import Worker, read_all

pytestmark = pytest.mark.integration

KCAT_EXAMPLE = Path(__file__).parents[2] / "examples" / "produce_with_kcat.sh"
WITHIN_SECONDS = 300
FILLER_BODY = "The harbour board met on Monday.\n\nIt approved the dredging plan."


@dataclass
class Door:
    """The running pipeline, and what the suite sent through it."""

    bootstrap: str
    database_url: str
    env: dict[str, str]
    workers: list[Worker]
    stored: dict[str, tuple[str, str] | None] = field(default_factory=dict)  # id: verbatim?
    http: dict[str, str] = field(default_factory=dict)  # kind: outcome
    dead_keys: dict[str, Kind] = field(default_factory=dict)  # kcat key: kind


@pytest.fixture(scope="module")
def door_database(database_url: str) -> Iterator[str]:
    name = f"bad_input_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield make_url(database_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
async def door(
    kafka_bootstrap: str, door_database: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Door]:
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=3)
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "DATABASE_URL": door_database,
        "ENRICH_BATCH_SECONDS": "0.2",
        **topics.env(),
    }
    run_dir = tmp_path_factory.mktemp("bad-input")
    with (
        Worker.started("ingest", env, run_dir) as ingest,
        Worker.started("enrich", env, run_dir) as enrich,
        Worker.started("store", env, run_dir) as store,
    ):
        yield Door(kafka_bootstrap, door_database, env, [ingest, enrich, store])


def _outcome(response: httpx.Response) -> str:
    if response.status_code != 422:
        return str(response.status_code)
    return f"422 {most_specific_reason(e['reason'] for e in response.json()['detail'])}"


def _verbatim(raw: bytes, content_type: str = JSON) -> tuple[str, str]:
    """The title and body the article must be stored with: as sent, or as parsed."""
    if content_type == TEXT:
        parsed = parse_article_bytes(raw, source="test", ingested_at=datetime.now(UTC))
        return parsed.title, parsed.body
    document = json.loads(raw.decode("utf-8-sig"))
    return document["title"], document["body"]


async def _post(door: Door, http: httpx.AsyncClient, kind: Kind) -> None:
    headers = {"content-type": kind.content_type}
    response = await http.post("/articles", content=kind.http, headers=headers)
    door.http[kind.name] = _outcome(response)
    if response.status_code == 202:
        [article_id] = response.json()["article_ids"]
        door.stored[article_id] = _verbatim(kind.http, kind.content_type)
    filler = {"title": f"Filler after {kind.name} {uuid.uuid4().hex[:8]}", "body": FILLER_BODY}
    accepted = await http.post("/articles", json=filler)
    assert accepted.status_code == 202, accepted.text
    door.stored[accepted.json()["article_ids"][0]] = None


async def _run(*command: str, env: dict[str, str], stdin: bytes = b"") -> str:
    process = await asyncio.create_subprocess_exec(
        *command,
        env={**os.environ, **env},
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(stdin), 120)
    assert process.returncode == 0, f"{command[0]} failed: {stderr.decode(errors='replace')}"
    return stdout.decode()


async def _produce(door: Door, kind: Kind, scratch: Path) -> None:
    """The bad message with kcat, as one file; then a valid one with the kcat example."""
    if kind.valid:
        key = json.loads((kind.kafka or b"").decode("utf-8-sig"))["article_id"]
        door.stored[key] = _verbatim(kind.kafka or b"")
    else:
        key = f"bad-{uuid.uuid4().hex[:12]}"
        door.dead_keys[key] = kind
    kcat = ["kcat", "-P", "-b", door.bootstrap, "-t", door.env["RAW_TOPIC"], "-X", "acks=all"]
    kcat += ["-H", "content-type=application/json", "-H", "ce_source=tests/bad-input"]
    if kind.kafka is None:  # a tombstone: kcat sends an empty value as null with -Z
        await _run(*kcat, "-K", ":", "-Z", env={}, stdin=f"{key}:\n".encode())
    else:  # a file is one message, whatever bytes it holds
        path = scratch / key
        path.write_bytes(kind.kafka)
        await _run(*kcat, "-k", key, str(path), env={})
    url = f"https://example.org/bad-input/{uuid.uuid4().hex[:12]}"
    title = f"Filler after {kind.name}"
    printed = await _run(str(KCAT_EXAMPLE), url, title, FILLER_BODY, env=door.env)
    door.stored[printed.strip().splitlines()[-1]] = None


async def _dead_letters(door: Door) -> dict[str, DeadLetter]:
    topic = door.env["DEAD_LETTER_TOPIC"]
    expected = len(door.dead_keys)
    values = await read_all(door.bootstrap, topic, expected, WITHIN_SECONDS)
    if len(values) == expected:  # then make sure that no other letter follows
        values = await read_all(door.bootstrap, topic, expected + 1, 10)
    letters = [DeadLetter.model_validate_json(value) for value in values]
    return {letter.key or "": letter for letter in letters}


async def _rows(door: Door, article_ids: list[str]) -> dict[str, tuple[str, str]]:
    async with await psycopg.AsyncConnection.connect(door.database_url) as conn:
        cursor = await conn.execute(
            "SELECT article_id, title, body FROM articles WHERE article_id = ANY(%s)",
            (article_ids,),
        )
        return {row[0]: (row[1], row[2]) for row in await cursor.fetchall()}


def _report(door: Door, letters: dict[str, DeadLetter]) -> list[str]:
    """Each kind with its outcome on both paths, as observed; mismatches are marked."""
    by_kind = {
        kind.name: letters[key].reason for key, kind in door.dead_keys.items() if key in letters
    }
    lines = []
    for kind in KINDS:
        kafka = STORED if kind.valid else by_kind.get(kind.name, "no dead letter")
        observed = (door.http.get(kind.name), kafka)
        mark = "ok" if observed == (kind.http_outcome, kind.kafka_outcome) else "MISMATCH"
        lines.append(f"{mark:8} {kind.name:32} HTTP {observed[0]:28} raw topic {kafka}")
    return lines


async def _alive(workers: list[Worker], pids: dict[str, int]) -> dict[str, object]:
    """Each still the same process, answering /healthz (on ingest's metrics port)."""
    state: dict[str, object] = {}
    async with httpx.AsyncClient(timeout=10) as http:
        for worker in workers:
            health = await http.get(worker.metrics_url.removesuffix("/metrics") + "/healthz")
            running = worker.process.poll() is None and worker.process.pid == pids[worker.name]
            state[worker.name] = (running, health.status_code)
    return state


@pytest.mark.timeout(1800)
async def test_bad_input_is_refused_at_both_doors_with_one_reason_and_the_good_is_stored(
    door: Door, tmp_path: Path
) -> None:
    pids = {worker.name: worker.process.pid for worker in door.workers}
    async with ingest_client(door.workers[0], timeout=120) as http:  # with its bearer token
        for kind in KINDS:
            await _post(door, http, kind)
            await _produce(door, kind, tmp_path)

    ids = list(door.stored)
    stored = await wait_until_stored(door.database_url, ids, WITHIN_SECONDS)
    letters = await _dead_letters(door)
    report = _report(door, letters)
    print("\n".join(["", *report]))
    (tmp_path / "bad-input-outcomes.txt").write_text("\n".join(report) + "\n")

    assert stored, f"only {await count_articles(door.database_url, ids)} of {len(ids)} stored"
    assert not [line for line in report if line.startswith("MISMATCH")], "\n".join(report)
    assert set(letters) == set(door.dead_keys), "dead letters for other messages too"
    assert {letter.stage for letter in letters.values()} == {"enrich"}
    rows = await _rows(door, ids)
    assert {i: rows[i] for i, kept in door.stored.items() if kept} == {
        i: kept for i, kept in door.stored.items() if kept
    }
    assert await _alive(door.workers, pids) == {w.name: (True, 200) for w in door.workers}
