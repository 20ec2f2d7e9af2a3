"""A failed publish answers 503 only when a retry can succeed: real aiokafka errors, faked."""

from __future__ import annotations

import pytest
from aiokafka.errors import (
    BrokerNotAvailableError,
    CorruptRecordException,
    KafkaConnectionError,
    KafkaError,
    KafkaTimeoutError,
    KafkaUnavailableError,
    LeaderNotAvailableError,
    MessageSizeTooLargeError,
    NotEnoughReplicasAfterAppendError,
    NotEnoughReplicasError,
    NotLeaderForPartitionError,
    ProducerClosed,
    RecordListTooLargeError,
    RecordTooLargeError,
    RequestTimedOutError,
    TopicAuthorizationFailedError,
    UnknownError,
    UnknownTopicOrPartitionError,
)
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_ingest.adapters.http_api import create_app
from newsflow_ingest.adapters.kafka_errors import PublishFailure, classify
from newsflow_schemas import article_id
from tests.unit.ingest.fakes import FakePublisher, ingestor

BATCH = [{"title": "A", "body": "One."}, {"title": "B", "body": "Two."}]
TRANSIENT: list[Exception] = [
    KafkaConnectionError("broker down"),
    KafkaTimeoutError(),
    KafkaUnavailableError(),
    NotEnoughReplicasError(),
    NotEnoughReplicasAfterAppendError(),
    LeaderNotAvailableError(),
    NotLeaderForPartitionError(),
    UnknownTopicOrPartitionError(),
    RequestTimedOutError(),
    BrokerNotAvailableError(),
    ProducerClosed(),
    ConnectionResetError(),
    TimeoutError(),
]
TOO_LARGE: list[KafkaError] = [
    MessageSizeTooLargeError(),
    RecordListTooLargeError(),
    RecordTooLargeError(),
]
PERMANENT: list[KafkaError] = [
    TopicAuthorizationFailedError(),
    CorruptRecordException(),
    UnknownError(),
]


def post_batch(publisher: FakePublisher) -> tuple[int, dict[str, str], str]:
    registry = CollectorRegistry()
    api = TestClient(create_app(ingestor(publisher, registry)))
    response = api.post("/articles", json=BATCH)
    return response.status_code, dict(response.headers), response.json()["detail"]


@pytest.mark.parametrize("error", TRANSIENT, ids=lambda e: type(e).__name__)
def test_transient_broker_trouble_is_a_503_with_retry_after(error: Exception) -> None:
    status, headers, reason = post_batch(FakePublisher(fail_after=1, error=error))
    assert (status, headers["retry-after"]) == (503, "5")
    assert reason.startswith("Kafka cannot take articles now; retrying the same request is safe")


@pytest.mark.parametrize("error", TOO_LARGE, ids=lambda e: type(e).__name__)
def test_an_article_too_large_for_kafka_is_a_413_naming_it(error: KafkaError) -> None:
    publisher = FakePublisher(fail_after=1, error=error)
    status, headers, reason = post_batch(publisher)
    assert status == 413 and "retry-after" not in headers
    assert [a.title for a in publisher.published] == ["A"]
    second = article_id(url=None, title="B", body="Two.")
    assert reason.startswith(
        f"article 1 ({second}) is larger than Kafka accepts; "
        "the 1 article(s) before it are on the topic; send the rest without it"
    )


@pytest.mark.parametrize("error", PERMANENT, ids=lambda e: type(e).__name__)
def test_other_errors_no_retry_can_cure_are_a_500_with_the_reason(error: KafkaError) -> None:
    status, headers, reason = post_batch(FakePublisher(fail_after=0, error=error))
    assert status == 500 and "retry-after" not in headers
    assert reason.startswith("cannot publish article 0 (")
    assert type(error).__name__ in reason


def test_the_classes_follow_aiokafkas_retriable_flag_where_it_has_one() -> None:
    assert all(classify(e) is PublishFailure.TRANSIENT for e in TRANSIENT)
    assert all(classify(e) is PublishFailure.TOO_LARGE for e in TOO_LARGE)
    assert all(classify(e) is PublishFailure.PERMANENT for e in PERMANENT)
    assert all(not e.retriable for e in TOO_LARGE + PERMANENT)
