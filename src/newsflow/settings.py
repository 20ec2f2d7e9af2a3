"""Settings of the local stack: where it lives and which ports it binds.

KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL, when set, point at servers the user runs;
the stack then starts neither a local Kafka nor a local PostgreSQL. The user's Kafka may
ask for TLS and a login (the other KAFKA_* variables); the local one speaks PLAINTEXT."""

from __future__ import annotations

from pathlib import Path
from typing import Self

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsflow_runtime.kafka_settings import KafkaSettings, SecurityProtocol


class StackSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    database_url: str | None = None
    newsflow_home: Path = Field(default=Path(".newsflow"), description="State, data and logs.")
    kafka_port: int = 19092
    kafka_controller_port: int = 19093
    postgres_port: int = 15432
    topic_partitions: int = Field(default=6, ge=1)
    ingest_http_port: int = Field(default=9101, description="Ingest's POST /articles.")
    ingest_metrics_port: int = Field(default=9105, description="Ingest's /metrics and probes.")
    enrich_metrics_port: int = 9102
    store_metrics_port: int = 9103
    api_port: int = 9104

    @model_validator(mode="after")
    def _local_kafka_is_plaintext(self) -> Self:
        if not self.users_kafka and self.kafka.security_protocol != SecurityProtocol.PLAINTEXT:
            raise ValueError(
                f"KAFKA_SECURITY_PROTOCOL={self.kafka.security_protocol} needs "
                "KAFKA_BOOTSTRAP_SERVERS: the local stack's Kafka speaks PLAINTEXT only"
            )
        return self

    @property
    def users_kafka(self) -> bool:
        """Whether KAFKA_BOOTSTRAP_SERVERS names a Kafka the user runs."""
        return "bootstrap_servers" in self.kafka.model_fields_set

    @property
    def kafka_dir(self) -> Path:
        return self.newsflow_home / "kafka"

    @property
    def postgres_dir(self) -> Path:
        return self.newsflow_home / "postgres"

    @property
    def run_dir(self) -> Path:
        return self.newsflow_home / "run"
