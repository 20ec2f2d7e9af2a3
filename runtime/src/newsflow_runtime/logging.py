"""Structured logs: one JSON object a line, carrying the article and trace they concern.

`log_context(article_id=..., trace_id=...)` binds fields for everything logged inside it
(context variables, so concurrent tasks keep their own); `extra={...}` adds fields to one
line. A trace id comes from the W3C `traceparent` Kafka or HTTP header when there is one.
A library's warning or error repeated within ten seconds is held back and counted
(RepeatLimiter)."""

from __future__ import annotations

import contextvars
import json
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from types import MappingProxyType

from newsflow_runtime.tracing import trace_id

_CONTEXT: contextvars.ContextVar[Mapping[str, str]] = contextvars.ContextVar(
    "newsflow_log_context", default=MappingProxyType({})
)
_BATCH_TRACES: contextvars.ContextVar[Mapping[str, str]] = contextvars.ContextVar(
    "newsflow_batch_traces", default=MappingProxyType({})
)
# Attributes every LogRecord has; anything else on a record came from `extra=`.
_STANDARD = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}
# Kafka clients give headers as (name, value) pairs; HTTP frameworks and Faust as mappings.
Headers = Iterable[tuple[str, bytes | str | None]] | Mapping[str, bytes | str | None] | None


@contextmanager
def log_context(**fields: str | None) -> Iterator[None]:
    bound = {key: value for key, value in fields.items() if value is not None}
    token = _CONTEXT.set({**_CONTEXT.get(), **bound})
    try:
        yield
    finally:
        _CONTEXT.reset(token)


def trace_id_from_traceparent(traceparent: str | bytes | None) -> str | None:
    """The trace id of a W3C traceparent, if it is a well-formed one."""
    if isinstance(traceparent, bytes):
        traceparent = traceparent.decode("ascii", errors="replace")
    found = trace_id((traceparent or "").strip().lower())
    return None if found == "0" * 32 else found


def trace_id_from_headers(
    headers: Headers,
) -> str | None:
    pairs = headers.items() if isinstance(headers, Mapping) else (headers or ())
    for key, value in pairs:
        if key.lower() == "traceparent" and value is not None:
            return trace_id_from_traceparent(value)
    return None


def traces_by_key(messages: Iterable[tuple[bytes | None, Headers]]) -> dict[str, str]:
    """Trace ids by message key (an article id) for the (key, headers) of a batch."""
    traces: dict[str, str] = {}
    for key, headers in messages:
        trace_id = trace_id_from_headers(headers)
        if key is not None and trace_id is not None:
            traces[key.decode(errors="replace")] = trace_id
    return traces


@contextmanager
def batch_traces(traces: Mapping[str, str]) -> Iterator[None]:
    """While a batch is handled: its articles' trace ids, for lines about one of them."""
    token = _BATCH_TRACES.set(traces)
    try:
        yield
    finally:
        _BATCH_TRACES.reset(token)


def article_fields(article_id: str | None) -> dict[str, str]:
    """`extra=` for a line about one article: its id and, when known, its trace id."""
    if article_id is None:
        return {}
    trace_id = _BATCH_TRACES.get().get(article_id) or _CONTEXT.get().get("trace_id")
    return {"article_id": article_id, **({"trace_id": trace_id} if trace_id else {})}


class JsonFormatter(logging.Formatter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self._service = service

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "service": self._service,
            "logger": record.name,
            "message": record.getMessage(),
            **_CONTEXT.get(),
        }
        entry.update((k, v) for k, v in vars(record).items() if k not in _STANDARD)
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class RepeatLimiter(logging.Filter):
    """Lets through one warning or error of a kind from a library per window, and the next
    after it with `repeats_suppressed`, how many were held back. A kind is the logger,
    the level and the message before its arguments. While its broker is down, aiokafka's
    producer retries metadata with no back-off as long as a record waits for a leader,
    and logs two errors for each try: 16,330 pairs in four seconds from ingest, in one
    chaos run. newsflow's own records, and anything below a warning, always pass. A
    library that puts variable text in its message makes a kind per line: past
    `max_kinds`, the kinds whose window has passed are forgotten, so memory stays bounded."""

    def __init__(
        self,
        window_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        max_kinds: int = 1024,
    ) -> None:
        super().__init__()
        self._window_s, self._clock, self._max_kinds = window_s, clock, max_kinds
        self._kinds: dict[tuple[str, int, str], tuple[float, int]] = {}

    @property
    def kinds_tracked(self) -> int:
        return len(self._kinds)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING or record.name.startswith("newsflow"):
            return True
        kind = (record.name, record.levelno, str(record.msg))
        now = self._clock()
        since, held = self._kinds.get(kind, (now - self._window_s, 0))
        if now - since < self._window_s:
            self._kinds[kind] = (since, held + 1)
            return False
        if len(self._kinds) >= self._max_kinds:
            self._forget_before(now - self._window_s)
        self._kinds[kind] = (now, 0)
        if held:
            record.repeats_suppressed = held
        return True

    def _forget_before(self, start: float) -> None:
        self._kinds = {kind: seen for kind, seen in self._kinds.items() if seen[0] > start}


def configure_logging(service: str, level: str | int = "INFO") -> None:
    """Every record through the root logger, as JSON on stderr; replaces other handlers."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(service))
    handler.addFilter(RepeatLimiter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
