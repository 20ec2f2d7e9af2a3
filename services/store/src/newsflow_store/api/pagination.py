"""Opaque cursors: clients pass back what they were given and nothing else."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any


class InvalidCursor(ValueError):
    """The cursor was not one this API issued."""


def encode_cursor(*position: Any) -> str:
    raw = json.dumps([p.isoformat() if isinstance(p, datetime) else p for p in position])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        position = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as error:
        raise InvalidCursor("cursor is not one this API issued") from error
    if not isinstance(position, list):
        raise InvalidCursor("cursor is not one this API issued")
    return position


def article_position(cursor: str | None) -> tuple[datetime | None, str | None]:
    """(ingested_at, article_id) of the last article of the previous page."""
    if cursor is None:
        return None, None
    position = decode_cursor(cursor)
    try:
        ingested_at, article_id = position
        return datetime.fromisoformat(ingested_at), str(article_id)
    except (TypeError, ValueError) as error:
        raise InvalidCursor("cursor is not one this API issued") from error


def offset_position(cursor: str | None) -> int:
    if cursor is None:
        return 0
    match decode_cursor(cursor):
        case [int(offset)] if offset >= 0:
            return offset
    raise InvalidCursor("cursor is not one this API issued")
