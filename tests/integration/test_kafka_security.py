"""The whole pipeline through a SASL_SSL listener (SCRAM-SHA-512 over TLS), the examples too,
and a wrong password or an untrusted certificate named at once, in one line.

The broker is this module's own, on free ports: the session's broker stays PLAINTEXT and
undisturbed. Its certificates are made here; only its client listener is secured."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from newsflow.cli import app
from newsflow.stack.kafka import KafkaNode, SaslSslListener, start_kafka, stop_kafka
from newsflow.stack.ports import free_port, free_ports
from newsflow.stack.topics import ensure_topics
from newsflow_runtime.kafka import build_producer
from newsflow_runtime.kafka_access import KafkaRefused, start_client
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_runtime.startup import EXIT_REFUSED_TO_START
from newsflow_schemas import article_id
from newsflow_store.adapters.read_model import wait_until_stored
from tests.pipeline import PipelineTopics
from tests.processes import PORT_VARIABLES, Worker
from tests.tls import Certificates, make_certificates

pytestmark = pytest.mark.integration

USER = "newsflow"
PASSWORD = f"pw-{uuid.uuid4().hex}"
# Generous: two cores, shared with other suites. A refusal itself takes well under a second.
REFUSED_WITHIN_SECONDS = 20
STORED_WITHIN_SECONDS = 240
EXAMPLES = Path(__file__).parents[2] / "examples"
KCAT_EXAMPLE = EXAMPLES / "produce_with_kcat.sh"
CONSUMER_EXAMPLE = EXAMPLES / "consume_enriched.py"


@dataclass(frozen=True)
class SecureKafka:
    address: str  # the SASL_SSL listener's
    certificates: Certificates

    def env(self, password: str = PASSWORD, cafile: Path | None = None) -> dict[str, str]:
        return {
            "KAFKA_BOOTSTRAP_SERVERS": self.address,
            "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "KAFKA_SASL_USERNAME": USER,
            "KAFKA_SASL_PASSWORD": password,
            "KAFKA_SSL_CAFILE": str(cafile or self.certificates.ca),
        }

    def settings(self, password: str = PASSWORD, cafile: Path | None = None) -> KafkaSettings:
        return KafkaSettings(
            bootstrap_servers=self.address,
            security_protocol="SASL_SSL",
            sasl_mechanism="SCRAM-SHA-512",
            sasl_username=USER,
            sasl_password=SecretStr(password),
            ssl_cafile=cafile or self.certificates.ca,
        )


@pytest.fixture(scope="module")
def secure_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureKafka]:
    root = tmp_path_factory.mktemp("secure-kafka")
    certificates = make_certificates(root / "certs")
    port, controller_port, secure_port = free_ports(3)
    listener = SaslSslListener(
        secure_port, certificates.server_key_and_chain, users=((USER, PASSWORD),)
    )
    node = KafkaNode(root / "kafka", port, controller_port, sasl_ssl=listener)
    start_kafka(node, timeout=180)
    try:
        yield SecureKafka(f"{node.host}:{secure_port}", certificates)
    finally:
        stop_kafka(node)


async def newsflow(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    """The real command, in a thread: it runs its own event loop."""
    result = await asyncio.to_thread(CliRunner().invoke, app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


async def run_example(env: dict[str, str], *command: str) -> list[str]:
    """An example from examples/, with the same KAFKA_* variables: its output lines."""
    process = await asyncio.create_subprocess_exec(
        *command,
        env={**os.environ, **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode == 0, err.decode()[-3000:]
    return out.decode().splitlines()


async def dead_letter_count(env: dict[str, str], expected: int) -> int:
    """`newsflow dlq list --json`'s total, polled until it reaches `expected` or time is up."""
    total = -1
    for _ in range(120):
        code, out, err = await newsflow(env, "dlq", "list", "--json")
        assert (code, err) == (0, ""), out
        total = json.loads(out)["total"]
        if total >= expected:
            break
        await asyncio.sleep(1)
    return int(total)


async def test_ingest_enrich_store_and_dlq_all_log_in_with_scram_over_tls(
    secure_kafka: SecureKafka, database_url: str, tmp_path: Path
) -> None:
    kafka = secure_kafka.settings()
    topics = PipelineTopics.unique()
    await ensure_topics(kafka, topics.names, partitions=3)  # the stack's topic creation
    env = {
        **secure_kafka.env(),
        **topics.env(),
        "DATABASE_URL": database_url,
        "ENRICH_BATCH_SECONDS": "0.2",
        "NEWSFLOW_HOME": str(tmp_path / "cli"),
    }
    title = f"Secure story {uuid.uuid4().hex[:8]}"
    body = "Zelensky spoke in Kyiv about the talks in Geneva."
    article = tmp_path / "article.json"
    article.write_text(json.dumps({"title": title, "body": body}))
    with (
        Worker.started("ingest", env, tmp_path) as ingest,
        Worker.started("enrich", env, tmp_path) as enrich,
        Worker.started("store", env, tmp_path) as store,
    ):
        async with httpx.AsyncClient() as http:
            readyz = ingest.metrics_url.removesuffix("/metrics") + "/readyz"
            ready = await http.get(readyz, timeout=30)
        assert ready.status_code == 200, ready.text  # its producer reached the broker

        code, out, err = await newsflow(env, "ingest", str(article))
        assert (code, err) == (0, ""), out
        assert "published 1" in out
        # kcat's librdkafka (2.0) cannot do SCRAM with Kafka 4 (fixed in 2.6.1): it logs in
        # with PLAIN over the same TLS listener, as on Confluent Cloud.
        url = f"https://example.org/secure/{uuid.uuid4().hex[:8]}"
        plain = {**env, "KAFKA_SASL_MECHANISM": "PLAIN"}
        kcat = await run_example(plain, str(KCAT_EXAMPLE), url, "By kcat", "Over TLS.")
        stored_ids = [article_id(url=None, title=title, body=body), kcat[-1]]
        assert await wait_until_stored(database_url, stored_ids, STORED_WITHIN_SECONDS)
        consumed = await run_example(
            {**env, "EXAMPLE_GROUP": f"example-{topics.enriched}", "EXAMPLE_LIMIT": "2"},
            sys.executable,
            str(CONSUMER_EXAMPLE),
        )
        assert len(consumed) == 2 and title in "\n".join(consumed)

        producer = build_producer(kafka, "test-kafka-security")
        await start_client(producer, kafka)
        try:
            await producer.send_and_wait(topics.raw, b"not an article", key=b"junk")
        finally:
            await producer.stop()
        assert await dead_letter_count(env, expected=1) == 1

    for worker in (ingest, enrich, store):
        assert PASSWORD not in worker.log(), f"{worker.name} printed the password"


async def test_a_wrong_password_is_refused_at_once_in_one_line(
    secure_kafka: SecureKafka, tmp_path: Path
) -> None:
    wrong = secure_kafka.settings(password="not-the-password")
    producer = build_producer(wrong, "test-wrong-password")
    try:
        with pytest.raises(KafkaRefused) as refused:
            async with asyncio.timeout(REFUSED_WITHIN_SECONDS):
                await start_client(producer, wrong)
    finally:
        await producer.stop()
    expected = (
        f"Kafka at {secure_kafka.address} refused the credentials for user {USER} (SCRAM-SHA-512)"
    )
    assert str(refused.value) == expected

    env = {**secure_kafka.env(password="not-the-password"), "NEWSFLOW_HOME": str(tmp_path)}
    code, out, err = await newsflow(env, "dlq", "list")
    assert (code, out, err) == (1, "", f"newsflow dlq: {expected}\n")


@pytest.mark.parametrize("stage", ["ingest", "enrich"])  # aiokafka's producer; Faust's app
def test_a_refused_service_says_so_in_one_line_and_exits_1(
    secure_kafka: SecureKafka, tmp_path: Path, stage: str
) -> None:
    env = {
        **os.environ,
        **secure_kafka.env(password="not-the-password"),
        PORT_VARIABLES[stage]: str(free_port()),
        "NEWSFLOW_HOME": str(tmp_path),
    }
    service = subprocess.run(
        [sys.executable, "-m", f"newsflow_{stage}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert service.returncode == EXIT_REFUSED_TO_START, service.stderr[-3000:]
    [last] = [json.loads(line) for line in service.stderr.splitlines()[-1:]]
    assert last["message"] == (
        f"refusing to start: Kafka at {secure_kafka.address} refused the credentials "
        f"for user {USER} (SCRAM-SHA-512)"
    )
    assert "Traceback" not in service.stderr


async def test_an_untrusted_certificate_is_named(secure_kafka: SecureKafka) -> None:
    untrusting = secure_kafka.settings(cafile=secure_kafka.certificates.other_ca)
    producer = build_producer(untrusting, "test-untrusted")
    try:
        with pytest.raises(KafkaRefused, match="its TLS certificate was not accepted"):
            async with asyncio.timeout(REFUSED_WITHIN_SECONDS):
                await start_client(producer, untrusting)
    finally:
        await producer.stop()
