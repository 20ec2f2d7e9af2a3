"""Opaque cursors: clients pass back what they were given and nothing else.

A cursor is checked as strictly as any parameter before it reaches the database: anything
this API could not have issued (not base64, not JSON, the wrong shape, an offset outside
PostgreSQL's bigint, a malformed article id or time) is InvalidCursor, a 422, never a 500."""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import datetime
from typing import Any

MAX_OFFSET = 2**63 - 1  # PostgreSQL's bigint, which OFFSET takes
ARTICLE_ID = re.compile(r"[0-9a-f]{32}")


class InvalidCursor(ValueError):
    """The cursor was not one this API issued."""

    def __init__(self) -> None:
        super().__init__("cursor is not one this API issued")


def encode_cursor(*position: Any) -> str:
    raw = json.dumps([p.isoformat() if isinstance(p, datetime) else p for p in position])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        raw = base64.b64decode(padded, altchars=b"-_", validate=True)
        position = json.loads(raw)
    except (binascii.Error, ValueError, RecursionError) as error:  # UnicodeError is a ValueError
        raise InvalidCursor from error
    if not isinstance(position, list):
        raise InvalidCursor
    return position


def article_position(cursor: str | None) -> tuple[datetime | None, str | None]:
    """(ingested_at, article_id) of the last article of the previous page."""
    if cursor is None:
        return None, None
    match decode_cursor(cursor):
        case [str(ingested_at), str(article_id)] if ARTICLE_ID.fullmatch(article_id):
            return _aware(ingested_at), article_id
    raise InvalidCursor


def offset_position(cursor: str | None) -> int:
    if cursor is None:
        return 0
    match decode_cursor(cursor):
        # bool is an int to Python, and JSON's true would be one.
        case [int(offset)] if not isinstance(offset, bool) and 0 <= offset <= MAX_OFFSET:
            return offset
    raise InvalidCursor


def _aware(text: str) -> datetime:
    """The API issues ingested_at with its offset; a time without one was not issued here."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise InvalidCursor from error
    if moment.utcoffset() is None:
        raise InvalidCursor
    return moment
