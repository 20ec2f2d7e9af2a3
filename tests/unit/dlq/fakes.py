"""Dead letters as the runtime writes them, and fake adapters for the dlq service layer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from newsflow.dlq import DlqError, LetterId, StoredLetter
from newsflow_runtime.dead_letters import PAYLOAD_LIMIT_BYTES, dead_letter, kip298_headers
from newsflow_runtime.envelope import Headers, InboundMessage

DLQ = "dlq"
RAW = "raw"
ORIGINAL_HEADERS = (
    ("ce_id", b"abc-1"),
    ("traceparent", b"00-" + b"1" * 32 + b"-" + b"2" * 16 + b"-01"),
)


def stored(
    offset: int,
    *,
    partition: int = 0,
    stage: str = "enrich",
    reason: str = "invalid_raw_article",
    payload: bytes = b'{"title": "t"}',
    key: bytes | None = b"k1",
    topic: str = RAW,
    headers: Sequence[tuple[str, bytes]] = ORIGINAL_HEADERS,
) -> StoredLetter:
    """The record the runtime's DeadLetterPublisher would have put on the dead-letter topic."""
    message = InboundMessage(topic, 2, 40 + offset, key, payload, headers=tuple(headers))
    letter = dead_letter(message, stage=stage, reason=reason, error=ValueError("bad"))
    return StoredLetter(
        id=LetterId(partition, offset),
        timestamp_ms=1_790_000_000_000,
        key=key,
        value=letter.model_dump_json().encode(),
        headers=tuple(kip298_headers(letter, f"newsflow/{stage}")),
    )


def truncated(offset: int) -> StoredLetter:
    return stored(offset, payload=b"x" * (PAYLOAD_LIMIT_BYTES + 1))


class FakeTopic:
    """A dead-letter topic held in memory; `topics` are those that exist on the 'cluster'."""

    def __init__(self, letters: Sequence[StoredLetter], topics: Sequence[str] = (RAW,)) -> None:
        self._letters = list(letters)
        self._topics = {DLQ, *topics}

    async def letters(self) -> AsyncIterator[StoredLetter]:
        for letter in self._letters:
            yield letter

    async def letter(self, letter_id: LetterId) -> StoredLetter:
        for letter in self._letters:
            if letter.id == letter_id:
                return letter
        raise DlqError(f"no dead letter {letter_id}")

    async def topics(self) -> set[str]:
        return set(self._topics)


class FakeSend:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes, Headers]] = []

    async def __call__(self, topic: str, key: bytes | None, value: bytes, headers: Headers) -> None:
        self.sent.append((topic, key, value, headers))
