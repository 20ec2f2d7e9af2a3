"""Cursors: what the API issues comes back as the same position; anything else is refused
before it can reach the database."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from newsflow_store.api.pagination import (
    MAX_OFFSET,
    InvalidCursor,
    article_position,
    encode_cursor,
    offset_position,
)

ARTICLE_ID = "0123456789abcdef0123456789abcdef"


def forged(value: Any) -> str:
    """A cursor of the API's own encoding around any JSON value."""
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def test_an_issued_article_cursor_gives_back_its_position() -> None:
    at = datetime(2026, 3, 1, 12, 30, 15, 123456, tzinfo=timezone(timedelta(hours=-5)))

    assert article_position(encode_cursor(at, ARTICLE_ID)) == (at, ARTICLE_ID)
    assert article_position(None) == (None, None)


@pytest.mark.parametrize("offset", [0, 20, MAX_OFFSET])
def test_an_offset_cursor_gives_back_its_offset(offset: int) -> None:
    assert offset_position(encode_cursor(offset)) == offset
    assert offset_position(None) == 0


NOT_A_CURSOR = [
    "garbage!",  # outside base64's alphabet
    "a",  # base64 that cannot be padded into bytes
    "Zm9v YmFy",  # whitespace, which a lax decoder would skip
    "é",  # not ASCII at all
    base64.urlsafe_b64encode(b"\xff\xfe\x00").decode(),  # not text
    base64.urlsafe_b64encode(b"[1,").decode(),  # not JSON
    forged({"offset": 1}),  # JSON, but not a list
    forged("20"),
    forged(None),
]


@pytest.mark.parametrize("cursor", NOT_A_CURSOR)
def test_what_is_not_a_cursor_is_refused_by_both_kinds(cursor: str) -> None:
    with pytest.raises(InvalidCursor, match="cursor is not one this API issued"):
        offset_position(cursor)
    with pytest.raises(InvalidCursor):
        article_position(cursor)


@pytest.mark.parametrize(
    "position",
    [
        [MAX_OFFSET + 1],  # beyond PostgreSQL's bigint: was a 500
        [2**64],
        [-1],
        [True],  # an int to Python
        [1.0],
        [1e400],  # infinity
        ["20"],
        [],
        [20, 40],
        [[20]],
    ],
)
def test_an_offset_outside_bigint_or_of_the_wrong_shape_is_refused(position: Any) -> None:
    with pytest.raises(InvalidCursor):
        offset_position(forged(position))


@pytest.mark.parametrize(
    "position",
    [
        ["2026-03-01T12:00:00+00:00"],
        ["2026-03-01T12:00:00+00:00", ARTICLE_ID, 1],
        ["2026-03-01T12:00:00", ARTICLE_ID],  # no offset: never issued
        ["2026-03-01", ARTICLE_ID],
        ["yesterday", ARTICLE_ID],
        [1772366400, ARTICLE_ID],
        ["2026-03-01T12:00:00+00:00", ARTICLE_ID.upper()],
        ["2026-03-01T12:00:00+00:00", ARTICLE_ID + "\n"],
        ["2026-03-01T12:00:00+00:00", "\x00" * 32],  # PostgreSQL text cannot hold NUL
        ["2026-03-01T12:00:00+00:00", "\ud800" * 32],  # nor a lone surrogate
        ["2026-03-01T12:00:00+00:00", 12345678901234567890123456789012],
        ["2026-03-01T12:00:00+00:00", None],
        [20],
    ],
)
def test_an_article_cursor_of_the_wrong_shape_is_refused(position: Any) -> None:
    with pytest.raises(InvalidCursor):
        article_position(forged(position))


def test_issued_times_keep_their_offset_and_any_year() -> None:
    for at in (datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)):
        assert article_position(encode_cursor(at, ARTICLE_ID))[0] == at
