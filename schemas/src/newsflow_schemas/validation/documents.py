"""Bytes into text or a JSON document, refusing what no article can be made of."""

from __future__ import annotations

import json
import re
from typing import NoReturn

from newsflow_schemas.validation.reasons import (
    DUPLICATE_KEYS,
    INVALID_RAW_ARTICLE,
    INVALID_UTF8,
    LONE_SURROGATES,
    NESTED_TOO_DEEP,
    NOT_TEXT,
    InputRefused,
)
from newsflow_schemas.validation.text import has_surrogate

MAX_JSON_DEPTH = 32  # an article needs 3: a list of objects that hold a list of bullets
BOM = "\ufeff"
# Files that never start a text. Most are not UTF-8 either; this says what they are.
BINARY_SIGNATURES = (
    b"%PDF-",
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x1f\x8b",  # gzip
    b"\x28\xb5\x2f\xfd",  # zstd
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # doc, xls
    b"\x7fELF",
    b"\x00asm",
)
# A JSON string, a bracket, or the quote of a string that never ends.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|(?P<open>[\[{])|(?P<close>[\]}])|(?P<quote>")')
Loc = tuple[str | int, ...]


def decode_text(raw: bytes) -> str:
    """Strict UTF-8, less a leading byte-order mark; binary data is refused as not_text."""
    if raw.startswith(BINARY_SIGNATURES):
        raise InputRefused(NOT_TEXT, "a binary file, not text")
    try:
        return raw.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError as error:
        if b"\x00" in raw:
            raise InputRefused(NOT_TEXT, "binary data (NUL bytes, and not UTF-8)") from None
        message = f"not UTF-8: {error.reason} at byte {error.start}; send UTF-8"
        raise InputRefused(INVALID_UTF8, message) from None


def load_json(raw: bytes) -> object:
    """UTF-8 JSON (a leading byte-order mark allowed) with no key twice in an object, no
    deeper than MAX_JSON_DEPTH and no lone surrogate in any string; else InputRefused."""
    text = decode_text(raw)
    if _deeper_than(text, MAX_JSON_DEPTH):
        raise InputRefused(NESTED_TOO_DEEP, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        document = json.loads(text, object_pairs_hook=_object, parse_constant=_no_constant)
    except InputRefused:
        raise
    except (ValueError, RecursionError) as error:  # ValueError: also ints over 4,300 digits
        raise InputRefused(INVALID_RAW_ARTICLE, f"not JSON: {error}") from None
    if (loc := _surrogate_at(document, ())) is not None:
        raise InputRefused(LONE_SURROGATES, "a lone surrogate escape is half a character", loc)
    return document


def _deeper_than(text: str, limit: int) -> bool:
    depth = 0
    for token in _TOKEN.finditer(text):
        if token["open"]:
            depth += 1
            if depth > limit:
                return True
        elif token["close"]:
            depth -= 1
        elif token["quote"]:
            return False  # a string that never ends: the parser says so
    return False


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    document: dict[str, object] = {}
    for key, value in pairs:
        if key in document:
            raise InputRefused(DUPLICATE_KEYS, f"the key {key[:60]!r} appears twice in an object")
        document[key] = value
    return document


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def _surrogate_at(value: object, loc: Loc) -> Loc | None:
    """Where the first lone surrogate is, in a key or a string; None if nowhere."""
    if isinstance(value, str):
        return loc if has_surrogate(value) else None
    items: list[tuple[str | int, object]] = []
    if isinstance(value, dict):
        if any(has_surrogate(key) for key in value):
            return loc
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    for key, item in items:
        if (found := _surrogate_at(item, (*loc, key))) is not None:
            return found
    return None
