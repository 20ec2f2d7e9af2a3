"""W3C Trace Context on Kafka: every event carries a `traceparent` header, so one article
can be followed from ingest through enrich to store (https://www.w3.org/TR/trace-context/)."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping

TRACEPARENT = "traceparent"
_FORMAT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")
_ZERO_TRACE, _ZERO_SPAN = "0" * 32, "0" * 16


def new_traceparent() -> str:
    """The start of a trace: where an article enters newsflow."""
    return f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-01"


def child_traceparent(parent: str | None) -> str:
    """The same trace, a new span; a missing or malformed parent starts a new trace."""
    match = _FORMAT.match(parent or "")
    if not match or match[1] == _ZERO_TRACE or match[2] == _ZERO_SPAN:
        return new_traceparent()
    return f"00-{match[1]}-{secrets.token_hex(8)}-{match[3]}"


def trace_id(traceparent: str | None) -> str | None:
    match = _FORMAT.match(traceparent or "")
    return match[1] if match else None


def header_value(
    headers: Iterable[tuple[str, bytes]] | Mapping[str, bytes] | None, name: str
) -> str | None:
    pairs = headers.items() if isinstance(headers, Mapping) else headers or ()
    for key, value in pairs:
        if key == name:
            return value.decode(errors="replace")
    return None
