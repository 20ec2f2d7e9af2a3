"""Dead letters, one way for every stage: the reason in the event, the context in Kafka
Connect's headers (KIP-298), and a payload cut to a size that always fits the topic."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from aiokafka import AIOKafkaProducer

from newsflow_runtime.envelope import Headers, InboundMessage, encode
from newsflow_runtime.logging import article_fields
from newsflow_schemas import DeadLetter

log = logging.getLogger(__name__)

PAYLOAD_LIMIT_BYTES = 256 * 1024
ERROR_LIMIT_CHARS = 2_000
KIP298 = "__connect.errors."
REASON_HEADER = "__newsflow.errors.reason"
TIMESTAMP_HEADER = "__newsflow.errors.timestamp"

Send = Callable[[str, bytes | None, bytes, Headers], Awaitable[None]]


def dead_letter(
    message: InboundMessage, *, stage: str, reason: str, error: BaseException | str
) -> DeadLetter:
    """The dead letter for a message a stage gives up on, carrying what a replay needs."""
    value = message.value
    truncated = len(value) > PAYLOAD_LIMIT_BYTES
    return DeadLetter(
        stage=stage,
        reason=reason,
        error=str(error)[:ERROR_LIMIT_CHARS],
        error_class=type(error).__name__ if isinstance(error, BaseException) else None,
        source_topic=message.topic,
        source_partition=message.partition,
        source_offset=message.offset,
        key=message.key.decode(errors="backslashreplace") if message.key else None,
        payload=value[:PAYLOAD_LIMIT_BYTES].decode(errors="backslashreplace"),
        payload_bytes=len(value),
        payload_sha256=hashlib.sha256(value).hexdigest(),
        payload_truncated=truncated,
        headers=tuple((k, v.decode(errors="backslashreplace")) for k, v in message.headers),
        failed_at=datetime.now(UTC),
    )


def kip298_headers(letter: DeadLetter, source: str) -> Headers:
    """Kafka Connect's dead-letter headers, so existing DLQ tooling can read ours."""
    pairs = {
        "topic": letter.source_topic,
        "partition": letter.source_partition,
        "offset": letter.source_offset,
        "connector.name": source,
        "stage": letter.stage,
        "exception.class.name": letter.error_class,
        "exception.message": letter.error,
    }
    headers = [
        (KIP298 + name, str(value).encode()) for name, value in pairs.items() if value is not None
    ]
    headers.append((REASON_HEADER, letter.reason.encode()))
    headers.append((TIMESTAMP_HEADER, letter.failed_at.isoformat().encode()))
    return headers


def aiokafka_send(producer: AIOKafkaProducer) -> Send:
    async def send(topic: str, key: bytes | None, value: bytes, headers: Headers) -> None:
        await producer.send_and_wait(topic, value, key=key, headers=headers)

    return send


class DeadLetterPublisher:
    """Publishes a dead letter and returns only once the broker has it."""

    def __init__(self, send: Send, topic: str, source: str) -> None:
        self._send = send
        self._topic = topic
        self._source = source

    async def __call__(self, letter: DeadLetter) -> None:
        record = encode(letter, key=letter.key, source=self._source)
        headers = [*record.headers, *kip298_headers(letter, self._source)]
        await self._send(self._topic, record.key, record.value, headers)
        fields = {"stage": letter.stage, "reason": letter.reason, **article_fields(letter.key)}
        log.info("dead letter published", extra=fields)
