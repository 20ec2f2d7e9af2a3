"""Which failures to publish are worth a retry, and which no retry will ever cure.

The answer is newsflow_runtime.kafka's, which every stage shares, widened by a few errors
it does not name: a record batch too large for the broker's log segment (the request's
own fault, like a message too large), and brokers or replicas briefly unavailable, or no
broker reachable at all (transient, whatever aiokafka's `retriable` flag says)."""

from __future__ import annotations

from enum import StrEnum

from aiokafka.errors import (
    BrokerNotAvailableError,
    KafkaUnavailableError,
    RecordListTooLargeError,
    ReplicaNotAvailableError,
)

from newsflow_runtime.kafka import is_too_large, is_transient

_ALSO_TOO_LARGE = (RecordListTooLargeError,)
_ALSO_TRANSIENT = (BrokerNotAvailableError, KafkaUnavailableError, ReplicaNotAvailableError)


class PublishFailure(StrEnum):
    TRANSIENT = "transient"  # the same request may succeed later
    TOO_LARGE = "too_large"  # the request's own fault: it will never succeed as it is
    PERMANENT = "permanent"  # ours: it will not succeed until someone fixes the cause


def classify(error: BaseException) -> PublishFailure:
    if is_too_large(error) or isinstance(error, _ALSO_TOO_LARGE):
        return PublishFailure.TOO_LARGE
    if is_transient(error) or isinstance(error, _ALSO_TRANSIENT):
        return PublishFailure.TRANSIENT
    return PublishFailure.PERMANENT
