from __future__ import annotations

import hashlib
import json

from newsflow_runtime.dead_letters import (
    KIP298,
    PAYLOAD_LIMIT_BYTES,
    REASON_HEADER,
    DeadLetterPublisher,
    dead_letter,
)
from newsflow_runtime.envelope import Headers, InboundMessage
from newsflow_schemas import DeadLetter


def _message(value: bytes) -> InboundMessage:
    return InboundMessage(
        topic="raw",
        partition=3,
        offset=41,
        key=b"abc",
        value=value,
        headers=(("traceparent", b"00-" + b"1" * 32 + b"-" + b"2" * 16 + b"-01"),),
    )


def test_a_small_payload_travels_whole_with_its_digest_and_headers() -> None:
    letter = dead_letter(_message(b'{"x": 1}'), stage="enrich", reason="r", error=ValueError("no"))
    assert letter.payload == '{"x": 1}'
    assert letter.payload_bytes == 8
    assert letter.payload_sha256 == hashlib.sha256(b'{"x": 1}').hexdigest()
    assert not letter.payload_truncated
    assert letter.error_class == "ValueError"
    assert letter.headers == (("traceparent", "00-" + "1" * 32 + "-" + "2" * 16 + "-01"),)


def test_a_huge_payload_is_cut_but_keeps_the_whole_digest_and_length() -> None:
    value = b"x" * (PAYLOAD_LIMIT_BYTES * 8)
    letter = dead_letter(_message(value), stage="store", reason="r", error="too big")
    assert letter.payload_truncated
    assert len(letter.payload) == PAYLOAD_LIMIT_BYTES
    assert letter.payload_bytes == len(value)
    assert letter.payload_sha256 == hashlib.sha256(value).hexdigest()
    assert len(letter.model_dump_json()) < 2 * PAYLOAD_LIMIT_BYTES


async def test_the_published_record_carries_kip298_headers_and_the_original_key() -> None:
    sent: list[tuple[str, bytes | None, bytes, Headers]] = []

    async def send(topic: str, key: bytes | None, value: bytes, headers: Headers) -> None:
        sent.append((topic, key, value, headers))

    letter = dead_letter(_message(b"junk"), stage="enrich", reason="bad", error=KeyError("k"))
    await DeadLetterPublisher(send, "dlq", "newsflow/enrich")(letter)
    [(topic, key, value, headers)] = sent
    named = dict(headers)
    assert (topic, key) == ("dlq", b"abc")
    assert named[KIP298 + "topic"] == b"raw"
    assert named[KIP298 + "partition"] == b"3"
    assert named[KIP298 + "offset"] == b"41"
    assert named[KIP298 + "stage"] == b"enrich"
    assert named[KIP298 + "exception.class.name"] == b"KeyError"
    assert named[REASON_HEADER] == b"bad"
    assert DeadLetter.model_validate(json.loads(value)).reason == "bad"
