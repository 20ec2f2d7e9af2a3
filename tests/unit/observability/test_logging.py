"""JSON log lines that carry the article and trace they are about."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from newsflow_runtime.logging import (
    JsonFormatter,
    article_fields,
    batch_traces,
    log_context,
    trace_id_from_headers,
    trace_id_from_traceparent,
    traces_by_key,
)

TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
TRACEPARENT = f"00-{TRACE}-00f067aa0ba902b7-01"


@pytest.fixture
def lines() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter("enrich"))
    logger = logging.getLogger("tests.json")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield stream
    logger.removeHandler(handler)


def logged(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_each_line_is_json_with_service_level_and_message(lines: io.StringIO) -> None:
    logging.getLogger("tests.json").warning("dead-lettering %s", "raw/0@4")
    [entry] = logged(lines)
    assert entry["service"] == "enrich" and entry["level"] == "WARNING"
    assert entry["message"] == "dead-lettering raw/0@4" and entry["logger"] == "tests.json"


def test_context_and_extra_fields_are_carried(lines: io.StringIO) -> None:
    log = logging.getLogger("tests.json")
    with log_context(trace_id=TRACE, article_id=None):
        log.info("inside", extra={"article_id": "a1", "reason": "invalid_raw_article"})
    log.info("outside")
    inside, outside = logged(lines)
    assert (inside["trace_id"], inside["article_id"], inside["reason"]) == (
        TRACE,
        "a1",
        "invalid_raw_article",
    )
    assert "trace_id" not in outside and "article_id" not in outside


def test_exceptions_are_logged_with_their_traceback(lines: io.StringIO) -> None:
    try:
        raise ValueError("bad payload")
    except ValueError:
        logging.getLogger("tests.json").exception("failed")
    [entry] = logged(lines)
    assert "ValueError: bad payload" in str(entry["error"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (TRACEPARENT, TRACE),
        (TRACEPARENT.encode(), TRACE),
        (f"00-{'0' * 32}-00f067aa0ba902b7-01", None),
        ("00-nothex-00f067aa0ba902b7-01", None),
        ("garbage", None),
        (None, None),
    ],
)
def test_trace_ids_come_only_from_well_formed_traceparents(
    value: str | bytes | None, expected: str | None
) -> None:
    assert trace_id_from_traceparent(value) == expected


def test_trace_ids_are_found_in_kafka_and_http_headers() -> None:
    assert trace_id_from_headers([("ce_id", b"x"), ("traceparent", TRACEPARENT.encode())]) == TRACE
    assert trace_id_from_headers({"Traceparent": TRACEPARENT}) == TRACE
    assert trace_id_from_headers(None) is None


def test_a_batch_lends_each_article_its_own_trace_id() -> None:
    traces = traces_by_key(
        [(b"a1", [("traceparent", TRACEPARENT.encode())]), (b"a2", []), (None, None)]
    )
    assert traces == {"a1": TRACE}
    with batch_traces(traces):
        assert article_fields("a1") == {"article_id": "a1", "trace_id": TRACE}
        assert article_fields("a2") == {"article_id": "a2"}
    assert article_fields("a1") == {"article_id": "a1"}
    assert article_fields(None) == {}
