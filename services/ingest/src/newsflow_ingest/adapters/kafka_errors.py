"""Which failures to publish are worth a retry, and which no retry will ever cure, in the
words of an HTTP answer. The answer is newsflow_runtime.kafka's, which every stage shares."""

from __future__ import annotations

from enum import StrEnum

from newsflow_runtime.kafka import is_too_large, is_transient


class PublishFailure(StrEnum):
    TRANSIENT = "transient"  # the same request may succeed later
    TOO_LARGE = "too_large"  # the request's own fault: it will never succeed as it is
    PERMANENT = "permanent"  # ours: it will not succeed until someone fixes the cause


def classify(error: BaseException) -> PublishFailure:
    if is_too_large(error):
        return PublishFailure.TOO_LARGE
    if is_transient(error):
        return PublishFailure.TRANSIENT
    return PublishFailure.PERMANENT
