"""One local Kafka node on disk: its file layout, rendered configs and formatted storage."""

from __future__ import annotations

import base64
import subprocess
import uuid
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from string import Template

from newsflow.stack.java import java_executable
from newsflow.stack.ports import LOOPBACK


class KafkaStartError(RuntimeError):
    """The broker did not come up; the message carries the tail of its log."""


SCRAM_MECHANISM = "SCRAM-SHA-512"
_LOGIN_MODULES = "org.apache.kafka.common.security"


@dataclass(frozen=True)
class SaslSslListener:
    """A listener for clients that log in over TLS, beside PLAINTEXT: for tests.

    Each user logs in with SCRAM-SHA-512 (its credential made when storage is formatted) or
    PLAIN (listed in the broker's config), with the same password: letters, digits, - and _.
    `key_and_chain` is one PEM file: the broker's unencrypted PKCS#8 private key, then its
    certificate chain."""

    port: int
    key_and_chain: Path
    users: tuple[tuple[str, str], ...] = field(repr=False)

    def __post_init__(self) -> None:
        for name, password in self.users:
            if not (_plain_word(name) and _plain_word(password)):
                raise ValueError(f"user {name!r}: names and passwords of letters, digits, - or _")

    def config_lines(self) -> list[str]:
        prefix = "listener.name.sasl_ssl."
        plain_users = " ".join(f'user_{name}="{password}"' for name, password in self.users)
        return [
            f"{prefix}sasl.enabled.mechanisms={SCRAM_MECHANISM},PLAIN",
            f"{prefix}{SCRAM_MECHANISM.lower()}.sasl.jaas.config="
            f"{_LOGIN_MODULES}.scram.ScramLoginModule required;",
            f"{prefix}plain.sasl.jaas.config="
            f"{_LOGIN_MODULES}.plain.PlainLoginModule required {plain_users};",
            f"{prefix}ssl.keystore.type=PEM",
            f"{prefix}ssl.keystore.location={self.key_and_chain.resolve()}",
        ]

    def scram_arguments(self) -> list[str]:
        """kafka-storage format arguments that add each user's SCRAM credential."""
        return [
            argument
            for name, password in self.users
            for argument in (
                "--add-scram",
                f"{SCRAM_MECHANISM}=[name={name},password={password}]",
            )
        ]


def _plain_word(text: str) -> bool:
    return bool(text) and text.replace("-", "").replace("_", "").isalnum() and text.isascii()


@dataclass(frozen=True)
class KafkaNode:
    """Where one local broker keeps its state and which loopback ports it uses."""

    data_dir: Path
    port: int
    controller_port: int
    host: str = LOOPBACK
    sasl_ssl: SaslSslListener | None = None

    @property
    def bootstrap_servers(self) -> str:
        """The PLAINTEXT listener's address."""
        return f"{self.host}:{self.port}"

    @property
    def ports(self) -> tuple[int, ...]:
        secure = () if self.sasl_ssl is None else (self.sasl_ssl.port,)
        return (self.port, self.controller_port, *secure)

    @property
    def root(self) -> Path:
        return self.data_dir.resolve()

    @property
    def log_dir(self) -> Path:
        return self.root / "kraft-logs"

    @property
    def config_file(self) -> Path:
        return self.root / "server.properties"

    @property
    def log4j_file(self) -> Path:
        return self.root / "log4j2.properties"

    @property
    def pid_file(self) -> Path:
        return self.root / "kafka.pid"

    @property
    def output_file(self) -> Path:
        return self.root / "broker.log"


def write_configs(node: KafkaNode) -> None:
    """(Re)write server.properties and the log4j2 config; ports may change between starts."""
    node.log_dir.mkdir(parents=True, exist_ok=True)
    template = Template(_resource_text("server.properties.template"))
    secure = node.sasl_ssl
    node.config_file.write_text(
        template.substitute(
            host=node.host,
            port=node.port,
            controller_port=node.controller_port,
            log_dir=node.log_dir,
            more_listeners="" if secure is None else f",SASL_SSL://{node.host}:{secure.port}",
            more_protocols="" if secure is None else ",SASL_SSL:SASL_SSL",
            listener_configs="" if secure is None else "\n".join(secure.config_lines()),
        )
    )
    node.log4j_file.write_text(_resource_text("log4j2.properties"))


def format_storage_once(node: KafkaNode, libs: Path) -> None:
    """Format the KRaft log dir with a new cluster id, unless it already holds one."""
    if (node.log_dir / "meta.properties").is_file():
        return
    command = [
        *java_command(node, libs, "-Xmx256m"),
        "kafka.tools.StorageTool",
        "format",
        "--cluster-id",
        _new_cluster_id(),
        "--config",
        str(node.config_file),
        *([] if node.sasl_ssl is None else node.sasl_ssl.scram_arguments()),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise KafkaStartError(f"formatting KRaft storage failed:\n{result.stdout}{result.stderr}")


def java_command(node: KafkaNode, libs: Path, *jvm_opts: str) -> list[str]:
    """A java command line with the Kafka classpath, up to (excluding) the main class."""
    return [
        java_executable(),
        *jvm_opts,
        f"-Dlog4j2.configurationFile={node.log4j_file}",
        "-cp",
        f"{libs}/*",
    ]


def _new_cluster_id() -> str:
    # Kafka's own format: a random UUID as unpadded URL-safe base64. An id
    # starting with "-" would be parsed as a command-line flag, so redraw.
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


def _resource_text(name: str) -> str:
    return (resources.files("newsflow.stack") / "resources" / name).read_text()
