"""Dead letters as read back from their topic, and what a replay of one would send: pure."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import NamedTuple

from pydantic import ValidationError

from newsflow_schemas import DeadLetter

REPLAY_HEADER = "__newsflow.replay.of"
# Where a record on the dead-letter topic is not a DeadLetter at all, it is still counted.
UNREADABLE_STAGE = "?"
UNREADABLE_REASON = "not_a_dead_letter"
ID_HELP = "<partition>:<offset> on the dead-letter topic, e.g. 0:12"
# Kafka topic names use only these characters, never ":".
_ID = re.compile(r"(?:([A-Za-z0-9._-]+):)?([0-9]+):([0-9]+)")


class DlqError(Exception):
    """What `newsflow dlq` reports as one line, without a traceback: no broker, unknown ID."""


class LetterId(NamedTuple):
    """Where a dead letter sits on the dead-letter topic: stable as long as the record is kept."""

    partition: int
    offset: int

    def __str__(self) -> str:
        return f"{self.partition}:{self.offset}"


def parse_id(text: str) -> tuple[str | None, LetterId]:
    """`P:O`, or `TOPIC:P:O` as a replay header carries it; the topic is None in the first form."""
    found = _ID.fullmatch(text.strip())
    if found is None:
        raise DlqError(f"bad dead-letter ID {text!r}: expected {ID_HELP}")
    topic, partition, offset = found.groups()
    return topic, LetterId(int(partition), int(offset))


@dataclass(frozen=True)
class StoredLetter:
    """One record of the dead-letter topic: the DeadLetter in it, or why there is none."""

    id: LetterId
    timestamp_ms: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...] = ()
    letter: DeadLetter | None = field(init=False, default=None)
    problem: str | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        letter, problem = _parse(self.value)
        object.__setattr__(self, "letter", letter)
        object.__setattr__(self, "problem", problem)

    @property
    def stage(self) -> str:
        return self.letter.stage if self.letter else UNREADABLE_STAGE

    @property
    def reason(self) -> str:
        return self.letter.reason if self.letter else UNREADABLE_REASON

    @property
    def fingerprint(self) -> str:
        """Tells this record from another that later took the same ID (a recreated topic)."""
        return hashlib.sha256(self.value or b"").hexdigest()

    def ref(self, topic: str) -> str:
        """The ID with its topic: the value of a replay's REPLAY_HEADER and the journal's key."""
        return f"{topic}:{self.id}"


def _parse(value: bytes | None) -> tuple[DeadLetter | None, str | None]:
    if value is None:
        return None, "an empty record (tombstone)"
    try:
        return DeadLetter.model_validate_json(value), None
    except ValidationError as error:
        return None, f"not a DeadLetter ({error.error_count()} validation errors)"


def matches(stored: StoredLetter, stage: str | None = None, reason: str | None = None) -> bool:
    return stage in (None, stored.stage) and reason in (None, stored.reason)


def why_not_replayable(
    stored: StoredLetter, existing_topics: Collection[str] | None = None
) -> str | None:
    """None if the letter holds the original message whole (and its topic, when the topics are
    given, exists), else why a replay cannot restore it."""
    letter = stored.letter
    if letter is None:
        return stored.problem
    if letter.source_topic is None:
        return "no source topic recorded"
    if existing_topics is not None and letter.source_topic not in existing_topics:
        return f"its source topic {letter.source_topic} does not exist"
    if letter.payload_truncated:
        return f"payload truncated: {letter.payload_bytes} bytes, not all kept"
    digest = letter.payload_sha256
    if digest is not None and hashlib.sha256(letter.payload.encode()).hexdigest() != digest:
        return "payload differs from the original bytes (they were not valid UTF-8)"
    return None


@dataclass(frozen=True)
class ReplayRecord:
    topic: str
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]


def replay_record(stored: StoredLetter, dlq_topic: str) -> ReplayRecord:
    """The original message, back as it was, plus a header naming the dead letter it came from.

    Only for a letter that why_not_replayable() passes."""
    letter = stored.letter
    if letter is None or letter.source_topic is None:
        raise ValueError(f"dead letter {stored.id} is not replayable")
    headers = [(name, value.encode()) for name, value in letter.headers]
    headers.append((REPLAY_HEADER, stored.ref(dlq_topic).encode()))
    return ReplayRecord(
        topic=letter.source_topic,
        key=letter.key.encode() if letter.key is not None else None,
        value=letter.payload.encode(),
        headers=headers,
    )
