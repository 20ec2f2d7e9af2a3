"""Kafka plumbing every stage shares: every client built from one KafkaSettings, one producer
configuration, one size budget, and one answer to "is this send worth retrying?"."""

from __future__ import annotations

from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import (
    BrokerNotAvailableError,
    KafkaError,
    KafkaTimeoutError,
    KafkaUnavailableError,
    MessageSizeTooLargeError,
    ProducerClosed,
    RecordListTooLargeError,
    RecordTooLargeError,
    ReplicaNotAvailableError,
    RequestTimedOutError,
)

from newsflow_runtime.kafka_settings import KafkaSettings

# Set explicitly on every newsflow topic at creation (max.message.bytes), and the producers'
# max_request_size, so that what a producer lets through the broker also accepts. Ingest's
# per-field limits keep an enriched event far below it, even before compression.
MAX_MESSAGE_BYTES = 2 * 1024 * 1024
COMPRESSION = "zstd"
# What a producer buffers per partition before it must wait for a request to the broker.
# aiokafka's default, 16 KiB, holds one enriched event (about 15 KiB before compression)
# or three raw articles: every event of an enrich batch then waited for the request before
# it, one request per event and partition. 1 MiB holds a whole batch, sent in one request,
# and is half MAX_MESSAGE_BYTES: a record batch stays under the topics' limit, uncompressed.
MAX_BATCH_BYTES = 1024 * 1024
TOPIC_CONFIGS: dict[str, str] = {"max.message.bytes": str(MAX_MESSAGE_BYTES)}


def producer_options(client_id: str) -> dict[str, Any]:
    """Idempotent, acks from every in-sync replica, compressed: the only way newsflow produces."""
    return {
        "client_id": client_id,
        "acks": "all",
        "enable_idempotence": True,
        "compression_type": COMPRESSION,
        "max_request_size": MAX_MESSAGE_BYTES,
        "max_batch_size": MAX_BATCH_BYTES,
        "linger_ms": 5,
    }


def build_producer(kafka: KafkaSettings, client_id: str) -> AIOKafkaProducer:
    return AIOKafkaProducer(**kafka.client_options(), **producer_options(client_id))


def build_consumer(kafka: KafkaSettings, *topics: str, **options: Any) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(*topics, **kafka.client_options(), **options)


def build_admin(kafka: KafkaSettings, **options: Any) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(**kafka.client_options(), **options)


def faust_settings(kafka: KafkaSettings) -> dict[str, Any]:
    """The same cluster, login and producer, in faust.App's settings vocabulary."""
    return {
        "broker": f"kafka://{kafka.bootstrap_servers}",
        "broker_credentials": _faust_credentials(kafka),
        "producer_acks": -1,
        "producer_compression_type": COMPRESSION,
        "producer_max_request_size": MAX_MESSAGE_BYTES,
        "producer_max_batch_size": MAX_BATCH_BYTES,
        "producer_linger": 0.005,
    }


def _faust_credentials(kafka: KafkaSettings) -> Any:
    # Imported here: only enrich, which depends on faust, runs a Faust app.
    import faust

    context = kafka.ssl_context()
    if kafka.security_protocol.uses_sasl:
        # With an SSL context, faust's SASLCredentials speak SASL_SSL; without, SASL_PLAINTEXT.
        options = kafka.connection_options()
        return faust.SASLCredentials(
            username=options["sasl_plain_username"],
            password=options["sasl_plain_password"],
            mechanism=options["sasl_mechanism"],
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def is_too_large(error: BaseException) -> bool:
    """The message itself can never be sent: retrying the same bytes is pointless."""
    return isinstance(
        error, MessageSizeTooLargeError | RecordTooLargeError | RecordListTooLargeError
    )


def is_transient(error: BaseException) -> bool:
    """A broker restart, a leader election, a timeout: the same send may well succeed later."""
    if is_too_large(error):
        return False
    if isinstance(error, KafkaError):
        # aiokafka leaves these non-retriable on the class, but each says the cluster, not
        # the message, was unavailable at that moment.
        unavailable = (
            KafkaTimeoutError
            | ProducerClosed
            | RequestTimedOutError
            | BrokerNotAvailableError
            | ReplicaNotAvailableError
            | KafkaUnavailableError
        )
        return bool(error.retriable) or isinstance(error, unavailable)
    return isinstance(error, ConnectionError | TimeoutError)
