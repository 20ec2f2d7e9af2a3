"""Store settings, read once from the environment at start-up."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import DEAD_LETTER_TOPIC, ENRICHED_TOPIC


class StoreSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    # The cluster and how to log in to it: KAFKA_BOOTSTRAP_SERVERS, KAFKA_SECURITY_PROTOCOL,
    # KAFKA_SASL_* and KAFKA_SSL_*.
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    # The store's login, a member of newsflow_writer (docs/database-roles.md). A SecretStr,
    # because the URL may carry a password and settings get logged.
    database_url: SecretStr = SecretStr("postgresql://postgres@127.0.0.1:15432/newsflow")
    # The login that runs the migrations at start-up and owns the tables; DATABASE_URL's
    # when unset, as before there was a choice.
    store_migration_database_url: SecretStr | None = None
    enriched_topic: str = ENRICHED_TOPIC
    dead_letter_topic: str = DEAD_LETTER_TOPIC
    store_consumer_group: str = "newsflow-store"
    store_batch_size: int = Field(default=500, ge=1, le=10_000)
    store_batch_timeout_ms: int = Field(default=500, ge=1)
    # Holding a batch it cannot finish (retrying the database or a dead letter) for longer
    # than this makes the store unready and sets newsflow_stage_stuck{stage="store"}.
    store_stuck_after_seconds: float = Field(default=30.0, gt=0)
    # On SIGTERM the batch in hand has this long to finish, else it is left uncommitted; with
    # Kafka's own shutdown, the process exits well inside ten seconds.
    store_stop_grace_seconds: float = Field(default=3.0, ge=0, le=8)
    # The search indexer's pause between passes over the articles stored without a full-text
    # vector, and how many it indexes per transaction (docs/store.md, "Search").
    store_search_index_interval_seconds: float = Field(default=1.0, gt=0, le=3600)
    store_search_index_batch_size: int = Field(default=500, ge=1, le=10_000)
    store_metrics_host: str = "127.0.0.1"
    store_metrics_port: int = 9103
    # Outside dev mode the store refuses to start with a weak database password.
    newsflow_env: str = "dev"
    log_level: str = "INFO"

    @property
    def migration_url(self) -> SecretStr:
        return self.store_migration_database_url or self.database_url


class ApiSettings(BaseSettings):
    """The read API: a separate process of the store service, scaled on its own."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    # production: the API starts only with API_DATABASE_URL, and only if that login cannot
    # write (api/login.py).
    newsflow_env: Literal["dev", "production"] = "dev"
    # The API's own login, a member of newsflow_reader (docs/database-roles.md).
    api_database_url: SecretStr | None = None
    # Dev mode only, when API_DATABASE_URL is unset: the store's login, and every session
    # drops to newsflow_reader with SET ROLE (which a session can undo).
    database_url: SecretStr = SecretStr("postgresql://postgres@127.0.0.1:15432/newsflow")
    # How long start-up waits for the database and the store's tables to check the login.
    api_startup_wait_seconds: float = Field(default=20.0, ge=0)
    api_host: str = "127.0.0.1"
    api_port: int = 9104
    # GET /stream: articles held for one client before it is dropped as too slow, the
    # seconds between keep-alive comments, and how often the feed polls the database.
    api_stream_buffer: int = Field(default=1000, ge=1, le=100_000)
    api_stream_keepalive_seconds: float = Field(default=15.0, gt=0)
    api_stream_poll_seconds: float = Field(default=0.5, gt=0)
    log_level: str = "INFO"
