from __future__ import annotations

from pathlib import Path

import faust
import pytest
from aiokafka.errors import (
    BrokerNotAvailableError,
    KafkaConnectionError,
    KafkaTimeoutError,
    KafkaUnavailableError,
    MessageSizeTooLargeError,
    NotLeaderForPartitionError,
    RecordListTooLargeError,
    RecordTooLargeError,
    UnknownTopicOrPartitionError,
)
from pydantic import SecretStr

from newsflow_runtime.kafka import (
    MAX_MESSAGE_BYTES,
    faust_settings,
    is_transient,
    producer_options,
)
from newsflow_runtime.kafka_access import KafkaRefused
from newsflow_runtime.kafka_settings import KafkaSettings, SaslMechanism, SecurityProtocol
from tests.tls import make_certificates


@pytest.mark.parametrize(
    "error",
    [
        KafkaConnectionError(),
        KafkaTimeoutError(),
        NotLeaderForPartitionError(),
        BrokerNotAvailableError(),
        KafkaUnavailableError(),
        TimeoutError(),
    ],
)
def test_an_unavailable_cluster_is_worth_retrying(error: Exception) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        MessageSizeTooLargeError(),
        RecordTooLargeError(),
        RecordListTooLargeError(),
        ValueError("bug"),
    ],
)
def test_a_message_that_can_never_be_sent_is_not(error: Exception) -> None:
    assert not is_transient(error)


def test_a_missing_topic_is_transient_while_metadata_catches_up() -> None:
    assert is_transient(UnknownTopicOrPartitionError())


def test_every_producer_is_idempotent_compressed_and_held_to_the_topic_size() -> None:
    options = producer_options("newsflow/test")
    assert options["acks"] == "all" and options["enable_idempotence"]
    assert options["compression_type"] in ("zstd", "lz4")
    assert options["max_request_size"] == MAX_MESSAGE_BYTES


def test_a_refused_login_is_never_worth_retrying() -> None:
    refusal = KafkaRefused("Kafka at b-1:9096 refused the credentials for user x (PLAIN)")
    assert not is_transient(refusal)
    assert str(refusal) == "Kafka at b-1:9096 refused the credentials for user x (PLAIN)"


def test_faust_gets_the_same_cluster_and_no_login_by_default() -> None:
    settings = faust_settings(KafkaSettings.plaintext("a:9092,b:9092"))
    assert settings["broker"] == "kafka://a:9092,b:9092"
    assert settings["broker_credentials"] is None
    assert settings["producer_acks"] == -1


def test_faust_logs_in_with_sasl_over_tls(tmp_path: Path) -> None:
    certificates = make_certificates(tmp_path)
    kafka = KafkaSettings(
        bootstrap_servers="b-1:9096",
        security_protocol=SecurityProtocol.SASL_SSL,
        sasl_mechanism=SaslMechanism.SCRAM_SHA_512,
        sasl_username="newsflow",
        sasl_password=SecretStr("s3cret"),
        ssl_cafile=certificates.ca,
    )
    credentials = faust_settings(kafka)["broker_credentials"]
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.protocol.value == "SASL_SSL"
    assert credentials.mechanism.value == "SCRAM-SHA-512"
    assert (credentials.username, credentials.password) == ("newsflow", "s3cret")
    assert "s3cret" not in repr(credentials)


def test_faust_speaks_tls_without_sasl(tmp_path: Path) -> None:
    certificates = make_certificates(tmp_path)
    kafka = KafkaSettings(
        security_protocol=SecurityProtocol.SSL, ssl_cafile=certificates.ca, ssl_check_hostname=False
    )
    credentials = faust_settings(kafka)["broker_credentials"]
    assert isinstance(credentials, faust.SSLCredentials)
    assert credentials.protocol.value == "SSL"
    assert not credentials.context.check_hostname
