"""How events travel on Kafka: key, JSON value, and CloudEvents binary-mode headers."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import BaseModel

from newsflow_runtime.tracing import TRACEPARENT, header_value, new_traceparent

Headers = list[tuple[str, bytes]]

EVENT_TYPES: dict[str, str] = {
    "RawArticle": "dev.newsflow.article.ingested",
    "EnrichedArticle": "dev.newsflow.article.enriched",
    "DeadLetter": "dev.newsflow.message.dead-lettered",
}


@dataclass(frozen=True)
class InboundMessage:
    """A consumed message, as much of it as a stage needs: free of any Kafka client's types."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    headers: tuple[tuple[str, bytes], ...] = ()

    @property
    def traceparent(self) -> str | None:
        return header_value(self.headers, TRACEPARENT)


def inbound_message(
    topic: str,
    partition: int,
    offset: int,
    key: bytes | None,
    value: bytes | None,
    headers: Mapping[str, bytes] | Iterable[tuple[str, bytes]] | None,
) -> InboundMessage:
    """From whatever a Kafka client hands over: faust gives headers as a list or a mapping,
    aiokafka as a sequence of pairs, and a tombstone's value as None."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers or ()
    return InboundMessage(
        topic,
        partition,
        offset,
        key,
        # A tombstone is not an article; as b"" it is dead-lettered like any junk.
        value or b"",
        tuple((str(name), bytes(raw)) for name, raw in pairs),
    )


@dataclass(frozen=True)
class KafkaRecord:
    key: bytes | None
    value: bytes
    headers: Headers


def cloudevent_headers(ce_type: str, *, source: str, traceparent: str | None = None) -> Headers:
    """CloudEvents binary-mode headers, plus the W3C traceparent; None starts a new trace."""
    return [
        ("ce_specversion", b"1.0"),
        ("ce_id", str(uuid.uuid4()).encode()),
        ("ce_source", source.encode()),
        ("ce_type", ce_type.encode()),
        ("ce_time", datetime.now(UTC).isoformat().encode()),
        ("content-type", b"application/json"),
        (TRACEPARENT, (traceparent or new_traceparent()).encode()),
    ]


def encode(
    event: BaseModel, *, key: str | None, source: str, traceparent: str | None = None
) -> KafkaRecord:
    """traceparent: the span this event continues (see tracing.child_traceparent); None
    starts a new trace, as ingest does for every article entering newsflow."""
    name = type(event).__name__
    version = getattr(event, "schema_version", 1)
    ce_type = f"{EVENT_TYPES.get(name, name)}.v{version}"
    return KafkaRecord(
        key=key.encode() if key is not None else None,
        value=event.model_dump_json().encode(),
        headers=cloudevent_headers(ce_type, source=source, traceparent=traceparent),
    )
