"""Ingest settings, read once from the environment at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_runtime.production import DEV
from newsflow_schemas import DEAD_LETTER_TOPIC, RAW_TOPIC


class IngestToken(BaseModel):
    """One bearer token POST /articles accepts; `name` says whose it is (not secret)."""

    model_config = ConfigDict(frozen=True)

    name: str
    secret: SecretStr
    # A named token's requests post as source http:<name> and no other.
    named: bool = False

    @classmethod
    def parse(cls, entry: str, number: int) -> IngestToken:
        """`token` or `name:token`; an unnamed token is called by its place in the list."""
        name, _, secret = entry.rpartition(":")
        secret_str = SecretStr(secret.strip())
        if name.strip():
            return cls(name=name.strip(), secret=secret_str, named=True)
        return cls(name=f"token {number}", secret=secret_str)


class IngestSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    # The cluster and how to log in to it: KAFKA_BOOTSTRAP_SERVERS, KAFKA_SECURITY_PROTOCOL,
    # KAFKA_SASL_* and KAFKA_SSL_*.
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    raw_topic: str = RAW_TOPIC
    dead_letter_topic: str = DEAD_LETTER_TOPIC
    ingest_http_host: str = "127.0.0.1"
    ingest_http_port: int = Field(default=9101, description="POST /articles, and nothing else.")
    # /metrics, /healthz and /readyz: open to anyone who reaches them, so on their own port.
    ingest_metrics_host: str = "127.0.0.1"
    ingest_metrics_port: int = 9105
    # Parsed, never decoded: a pydantic error about this field would print its input.
    ingest_tokens: Annotated[tuple[IngestToken, ...], NoDecode] = Field(
        default=(),
        description="Comma-separated bearer tokens, each `token` or `name:token`; "
        "several at once let a new one take over from an old one.",
    )
    newsflow_env: str = Field(default=DEV, description="Anything but dev refuses weak tokens.")
    ingest_max_body_bytes: int = Field(
        default=4 * 1024 * 1024, gt=0, description="A larger POST /articles body gets a 413."
    )
    ingest_max_articles_per_request: int = Field(
        default=500, gt=0, description="A POST /articles batch with more gets a 413."
    )
    newsflow_home: Path = Field(default=Path(".newsflow"), description="Holds ingest/state.db.")
    ingest_seen_days: int = Field(default=30, ge=1, description="How long a published id is kept.")
    ingest_feeds: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(), description="Comma-separated feed URLs the service polls."
    )
    ingest_feed_interval_seconds: float = Field(default=300, gt=0)
    ingest_fetch_timeout_seconds: float = Field(default=10, gt=0)
    ingest_fetch_max_bytes: int = Field(default=5_000_000, gt=0)
    log_level: str = "INFO"

    @field_validator("ingest_feeds", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(url.strip() for url in value.split(",") if url.strip())
        return value

    @field_validator("ingest_tokens", mode="before")
    @classmethod
    def _parse_tokens(cls, value: object) -> object:
        if isinstance(value, str):
            value = [entry for entry in value.split(",") if entry.strip()]
        if isinstance(value, list | tuple):
            return tuple(
                IngestToken.parse(entry, n) if isinstance(entry, str) else entry
                for n, entry in enumerate(value, start=1)
            )
        return value

    @property
    def state_path(self) -> Path:
        return self.newsflow_home / "ingest" / "state.db"
