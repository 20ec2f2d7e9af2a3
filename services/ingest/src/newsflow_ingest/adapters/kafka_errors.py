"""Which failures to publish are worth a retry, and which no retry will ever cure.

aiokafka marks most transient broker errors `retriable`; a few transient ones it does not
(a delivery timeout, no broker reachable at all, a producer stopping for a restart, a
broker or replica briefly unavailable).
A message the broker refuses for its size fails the same way every time."""

from __future__ import annotations

from enum import StrEnum

from aiokafka.errors import (
    BrokerNotAvailableError,
    KafkaConnectionError,
    KafkaError,
    KafkaTimeoutError,
    KafkaUnavailableError,
    MessageSizeTooLargeError,
    NodeNotReadyError,
    NotEnoughReplicasAfterAppendError,
    NotEnoughReplicasError,
    ProducerClosed,
    RecordListTooLargeError,
    RecordTooLargeError,
    ReplicaNotAvailableError,
    RequestTimedOutError,
)

_TOO_LARGE = (MessageSizeTooLargeError, RecordListTooLargeError, RecordTooLargeError)
_TRANSIENT = (
    BrokerNotAvailableError,
    KafkaConnectionError,
    KafkaTimeoutError,
    KafkaUnavailableError,
    NodeNotReadyError,
    NotEnoughReplicasError,
    NotEnoughReplicasAfterAppendError,
    ProducerClosed,
    ReplicaNotAvailableError,
    RequestTimedOutError,
)


class PublishFailure(StrEnum):
    TRANSIENT = "transient"  # the same request may succeed later
    TOO_LARGE = "too_large"  # the request's own fault: it will never succeed as it is
    PERMANENT = "permanent"  # ours: it will not succeed until someone fixes the cause


def classify(error: KafkaError) -> PublishFailure:
    if isinstance(error, _TOO_LARGE):
        return PublishFailure.TOO_LARGE
    if error.retriable or isinstance(error, _TRANSIENT):
        return PublishFailure.TRANSIENT
    return PublishFailure.PERMANENT
