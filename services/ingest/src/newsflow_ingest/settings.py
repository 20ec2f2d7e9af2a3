"""Ingest settings, read once from the environment at start-up."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict

from newsflow_schemas import DEAD_LETTER_TOPIC, RAW_TOPIC


class IngestSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:19092"
    raw_topic: str = RAW_TOPIC
    dead_letter_topic: str = DEAD_LETTER_TOPIC
    ingest_http_host: str = "127.0.0.1"
    ingest_http_port: int = 9101
    log_level: str = "INFO"
