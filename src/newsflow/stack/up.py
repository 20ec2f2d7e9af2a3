"""Bringing the whole local stack up and down: servers, topics, then services."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from newsflow.settings import StackSettings
from newsflow.stack.kafka import KafkaNode, kafka_running, start_kafka, stop_kafka
from newsflow.stack.postgres import (
    PostgresNode,
    postgres_running,
    start_postgres,
    stop_postgres,
)
from newsflow.stack.postgres_roles import create_service_logins, service_logins
from newsflow.stack.services import ServiceProcess, start_service, stop_service, wait_until_serving
from newsflow.stack.tokens import ingest_token
from newsflow.stack.topics import ensure_topics
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import DEAD_LETTER_TOPIC, ENRICHED_TOPIC, RAW_TOPIC

LOCALHOST = "127.0.0.1"
# One partition on purpose: its offsets order enrich's near-duplicate decisions.
SIGNATURES_TOPIC = "newsflow.enrich.signatures.v1"
STORIES_TOPIC = "newsflow.enrich.stories.v1"


@dataclass(frozen=True)
class Databases:
    """What each service logs in with. On the local PostgreSQL, a login per role
    (postgres_roles.py); on the user's own, DATABASE_URL for both, with whatever else of
    STORE_MIGRATION_DATABASE_URL and API_DATABASE_URL they export."""

    store: dict[str, str]
    api: dict[str, str]
    # What the CLI reads stored articles with.
    read_url: str


@dataclass(frozen=True)
class Stack:
    kafka: KafkaSettings
    database_url: str  # the CLI's, to read what was stored
    services: tuple[ServiceProcess, ...]
    database_env: dict[str, str]
    ingest_token: str

    @property
    def kafka_bootstrap_servers(self) -> str:
        return self.kafka.bootstrap_servers

    def base_url(self, name: str) -> str:
        [found] = [s for s in self.services if s.name == name]
        return found.url

    def env_lines(self) -> list[str]:
        lines = [
            f"KAFKA_BOOTSTRAP_SERVERS={self.kafka_bootstrap_servers}",
            *(f"{name}={url}" for name, url in self.database_env.items()),
            f"INGEST_URL={self.base_url('ingest')}",
            f"INGEST_TOKEN={self.ingest_token}",
            f"API_URL={self.base_url('api')}",
        ]
        return lines + [f"{s.name.upper()}_METRICS_URL={s.metrics_url}" for s in self.services]


def kafka_node(settings: StackSettings) -> KafkaNode:
    return KafkaNode(settings.kafka_dir, settings.kafka_port, settings.kafka_controller_port)


def postgres_node(settings: StackSettings) -> PostgresNode:
    return PostgresNode(settings.postgres_dir, settings.postgres_port)


def databases(settings: StackSettings) -> Databases:
    if settings.database_url is not None:
        own = {"DATABASE_URL": settings.database_url}
        return Databases(store=own, api=own, read_url=settings.database_url)
    logins = service_logins(postgres_node(settings))
    return Databases(
        store={"DATABASE_URL": logins.store, "STORE_MIGRATION_DATABASE_URL": logins.migration},
        api={"API_DATABASE_URL": logins.api},
        read_url=logins.api,
    )


def _ingest(settings: StackSettings, shared: dict[str, str], token: str) -> ServiceProcess:
    """Articles on one port, with the stack's token; metrics and probes on another."""
    env = {
        **shared,
        "INGEST_HTTP_PORT": str(settings.ingest_http_port),
        "INGEST_METRICS_PORT": str(settings.ingest_metrics_port),
        "INGEST_TOKENS": token,
    }
    metrics_url = f"http://{LOCALHOST}:{settings.ingest_metrics_port}/metrics"
    api_url = f"http://{LOCALHOST}:{settings.ingest_http_port}"
    return ServiceProcess("ingest", "newsflow_ingest", metrics_url, env, api_url)


def describe(settings: StackSettings) -> Stack:
    """The stack's addresses, from settings alone: nothing is started or contacted. The
    ingest token is read from NEWSFLOW_HOME, and made there the first time."""
    kafka = (
        settings.kafka
        if settings.users_kafka
        else KafkaSettings.plaintext(kafka_node(settings).bootstrap_servers)
    )
    bootstrap = kafka.bootstrap_servers
    database = databases(settings)
    token = ingest_token(settings.newsflow_home)
    shared = {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "ENRICH_SIGNATURES_TOPIC": SIGNATURES_TOPIC,
        "ENRICH_STORIES_TOPIC": STORIES_TOPIC,
    }

    def service(
        name: str, port: int, port_var: str, module: str = "", **extra: str
    ) -> ServiceProcess:
        url = f"http://{LOCALHOST}:{port}/metrics"
        env = {**shared, port_var: str(port), **extra}
        return ServiceProcess(name, module or f"newsflow_{name}", url, env)

    return Stack(
        kafka,
        database.read_url,
        (
            _ingest(settings, shared, token),
            service("enrich", settings.enrich_metrics_port, "ENRICH_METRICS_PORT"),
            service("store", settings.store_metrics_port, "STORE_METRICS_PORT", **database.store),
            service("api", settings.api_port, "API_PORT", "newsflow_store.api", **database.api),
        ),
        {**database.store, **database.api},
        token,
    )


def up(settings: StackSettings, say: Callable[[str], None] = print) -> Stack:
    stack = describe(settings)
    if not settings.users_kafka:
        say(f"starting Kafka on {stack.kafka_bootstrap_servers}")
        start_kafka(kafka_node(settings))
    if settings.database_url is None:
        say(f"starting PostgreSQL on 127.0.0.1:{settings.postgres_port}")
        start_postgres(postgres_node(settings))
        create_service_logins(postgres_node(settings))
    topics = [RAW_TOPIC, ENRICHED_TOPIC, DEAD_LETTER_TOPIC]
    asyncio.run(ensure_topics(stack.kafka, topics, settings.topic_partitions))
    asyncio.run(ensure_topics(stack.kafka, [SIGNATURES_TOPIC, STORIES_TOPIC], partitions=1))
    for service in stack.services:
        say(f"starting {service.name}")
        start_service(service, settings.run_dir)
    for service in stack.services:
        wait_until_serving(service, settings.run_dir)
    return stack


def down(settings: StackSettings, say: Callable[[str], None] = print) -> None:
    for service in reversed(describe(settings).services):
        say(f"stopping {service.name}")
        stop_service(service, settings.run_dir)
    # The local servers are stopped whenever they run, whatever the environment says: a
    # shell that exported `newsflow stack env` names them as if they were the user's own.
    if postgres_running(postgres_node(settings)):
        say("stopping PostgreSQL")
        stop_postgres(postgres_node(settings))
    if kafka_running(kafka_node(settings)):
        say("stopping Kafka")
        stop_kafka(kafka_node(settings))
