from __future__ import annotations

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

from newsflow_runtime.kafka import MAX_MESSAGE_BYTES, is_transient, producer_options


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
