"""Settings of the local stack: where it lives and which ports it binds.

KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL, when set, point at servers the user runs;
the stack then starts neither a local Kafka nor a local PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class StackSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    kafka_bootstrap_servers: str | None = None
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

    @property
    def kafka_dir(self) -> Path:
        return self.newsflow_home / "kafka"

    @property
    def postgres_dir(self) -> Path:
        return self.newsflow_home / "postgres"

    @property
    def run_dir(self) -> Path:
        return self.newsflow_home / "run"
