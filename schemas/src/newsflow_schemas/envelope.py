"""How events travel on Kafka: key, JSON value, and CloudEvents binary-mode headers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import BaseModel

from newsflow_schemas.tracing import TRACEPARENT, new_traceparent

Headers = list[tuple[str, bytes]]

EVENT_TYPES: dict[str, str] = {
    "RawArticle": "dev.newsflow.article.ingested",
    "EnrichedArticle": "dev.newsflow.article.enriched",
    "DeadLetter": "dev.newsflow.message.dead-lettered",
}


@dataclass(frozen=True)
class KafkaRecord:
    key: bytes | None
    value: bytes
    headers: Headers


def encode(
    event: BaseModel, *, key: str | None, source: str, traceparent: str | None = None
) -> KafkaRecord:
    """traceparent: the span this event continues (see tracing.child_traceparent); None
    starts a new trace, as ingest does for every article entering newsflow."""
    name = type(event).__name__
    version = getattr(event, "schema_version", 1)
    headers: Headers = [
        ("ce_specversion", b"1.0"),
        ("ce_id", str(uuid.uuid4()).encode()),
        ("ce_source", source.encode()),
        ("ce_type", f"{EVENT_TYPES.get(name, name)}.v{version}".encode()),
        ("ce_time", datetime.now(UTC).isoformat().encode()),
        ("content-type", b"application/json"),
        (TRACEPARENT, (traceparent or new_traceparent()).encode()),
    ]
    return KafkaRecord(
        key=key.encode() if key is not None else None,
        value=event.model_dump_json().encode(),
        headers=headers,
    )
