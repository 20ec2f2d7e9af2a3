"""Each image's process starts as the Dockerfile says, without a container engine: as its
unprivileged user, in its working directory, with its environment, on a read-only root
filesystem (tests/container.py), against this session's Kafka and PostgreSQL. It must
become ready and write nowhere but NEWSFLOW_HOME.

This is the check that catches an image whose service writes where its user may not, such
as a state file or Faust's data directory in a working directory that root owns."""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from newsflow.stack.ports import free_ports
from newsflow.stack.topics import ensure_topics
from tests.container import ContainerProcess, run_as_image
from tests.deploy_files import ROOT, SERVICES, image
from tests.integration.logins import Logins
from tests.pipeline import INGEST_TOKEN, PipelineTopics

pytestmark = pytest.mark.integration

READY_WITHIN_SECONDS = 240  # enrich loads spaCy on a small, shared core
PORTS = {  # the setting that moves each service's probe port off its default
    "ingest": "INGEST_METRICS_PORT",
    "enrich": "ENRICH_METRICS_PORT",
    "store": "STORE_METRICS_PORT",
    "api": "API_PORT",
}


def orchestrator_env(
    service: str, kafka: str, topics: PipelineTopics, db: Logins
) -> dict[str, str]:
    """What compose or Kubernetes adds to the image's own environment for this service."""
    common = {"KAFKA_BOOTSTRAP_SERVERS": kafka, **topics.env()}
    return {
        "ingest": {**common, "INGEST_TOKENS": INGEST_TOKEN},
        "enrich": {**common, "ENRICH_CONSUMER_GROUP": f"enrich-{topics.raw}"},
        "store": {
            **common,
            "STORE_CONSUMER_GROUP": f"store-{topics.raw}",
            "DATABASE_URL": db.store,
            "STORE_MIGRATION_DATABASE_URL": db.owner,
        },
        "api": {"API_DATABASE_URL": db.api},
    }[service]


def wait_ready(container: ContainerProcess, url: str) -> None:
    deadline = time.monotonic() + READY_WITHIN_SECONDS
    while time.monotonic() < deadline and container.process.poll() is None:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"not ready at {url}:\n{container.log()[-4000:]}")


def image_home(tmp_path: Path, owner: str) -> Path:
    """NEWSFLOW_HOME as the image makes it: the service user's, mode 0750."""
    home = tmp_path / "home"
    home.mkdir()
    uid, _, gid = owner.partition(":")
    os.chown(home, int(uid), int(gid or uid))
    home.chmod(0o750)
    return home


def written(home: Path) -> set[str]:
    return {str(path.relative_to(home)) for path in home.rglob("*")}


@pytest.mark.parametrize("service", sorted(SERVICES))
async def test_the_image_process_starts_and_writes_only_under_newsflow_home(
    service: str,
    kafka_bootstrap: str,
    logins: Logins,
    tmp_path: Path,
) -> None:
    assert os.geteuid() == 0, "runs as root: it makes a mount namespace and drops to a user"
    built = image(service)
    assert built.user.split(":")[0] != "0" and built.user != "root"
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=1)
    port, http_port = free_ports(2)
    env = {**orchestrator_env(service, kafka_bootstrap, topics, logins), PORTS[service]: str(port)}
    if service == "ingest":
        env["INGEST_HTTP_PORT"] = str(http_port)
    home = image_home(tmp_path, built.user)

    with run_as_image(built, env, home, tmp_path / "work") as container:
        await asyncio.to_thread(wait_ready, container, f"http://127.0.0.1:{port}/readyz")
        if service == "ingest":  # a published article is what makes ingest keep state
            await post_article(http_port)
        exit_code = await asyncio.to_thread(container.stop)

    log = container.log()
    assert "Read-only file system" not in log and "Permission denied" not in log, log[-4000:]
    assert container.leftovers() == [], "written outside NEWSFLOW_HOME"
    # 143: uvicorn (the read API) re-raises the SIGTERM it stopped on, as 128 + 15.
    assert exit_code in (0, 143), log[-4000:]
    expected = {"ingest": "ingest/state.db", "enrich": "enrich"}.get(service)
    assert expected is None or expected in written(home), written(home)


async def post_article(port: int) -> None:
    article = (ROOT / "seeds" / "000_4df16f0c322def31.txt").read_bytes()
    headers = {"Authorization": f"Bearer {INGEST_TOKEN}", "Content-Type": "text/plain"}
    async with httpx.AsyncClient(timeout=30) as client:
        answer = await client.post(
            f"http://127.0.0.1:{port}/articles", content=article, headers=headers
        )
    assert answer.status_code in (200, 201, 202), answer.text


async def test_a_service_that_writes_in_its_read_only_working_directory_is_caught(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """The old images' bug, injected: no NEWSFLOW_HOME, and root's code as the working
    directory. Ingest's state file then has nowhere to go, and the harness shows it."""
    built = image("ingest")
    env_without_home = {k: v for k, v in built.env.items() if k != "NEWSFLOW_HOME"}
    broken = replace(built, workdir=str(ROOT), env=env_without_home)
    topics = PipelineTopics.unique()
    await ensure_topics(kafka_bootstrap, topics.names, partitions=1)
    port, http_port = free_ports(2)
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        **topics.env(),
        "INGEST_TOKENS": INGEST_TOKEN,
        "INGEST_METRICS_PORT": str(port),
        "INGEST_HTTP_PORT": str(http_port),
    }
    with run_as_image(
        broken, env, image_home(tmp_path, built.user), tmp_path / "work"
    ) as container:
        exit_code = await asyncio.to_thread(container.process.wait, READY_WITHIN_SECONDS)
    assert exit_code != 0
    # The write fails with the OS's reason: the read-only mount, or, in a checkout where
    # `make run` has already made `.newsflow/` as another user, that directory's owner.
    reasons = ("Read-only file system", "Permission denied: '.newsflow/ingest/state.db'")
    assert any(reason in container.log() for reason in reasons), container.log()[-4000:]
