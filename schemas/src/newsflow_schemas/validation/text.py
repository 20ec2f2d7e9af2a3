"""What a text and a URL must be, as functions and as annotated types for the models.

The annotated types run after a field's own constraints (its maximum length first), and
raise pydantic errors typed with their reason code, so that a ValidationError says which
rule broke (`reason_for(error["type"])`)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, AwareDatetime, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from newsflow_schemas.validation.reasons import (
    CONTROL_CHARACTERS,
    INVALID_URL,
    LONE_SURROGATES,
    NOT_TEXT,
)

NOT_TEXT_SHARE = 0.10
NOT_TEXT_MIN_CHARS = 32  # in a shorter text one odd character is no evidence of binary
ALLOWED_CONTROLS = "\t\n\r"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_TEXT_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})

# What a JSON Schema can say of the rules, for producers that validate with one.
NO_CONTROLS_PATTERN = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"
HTTP_URL_PATTERN = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+"

Problem = tuple[str, str]  # (reason, message)


def has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def not_text_share(text: str) -> float:
    """The share of control (but tab and line ends), unassigned, private-use and U+FFFD.
    Unassigned means in the Unicode version of the Python that runs it (3.11: 14.0)."""
    if not text:
        return 0.0
    # Every stage that decodes an event runs this over the whole text: judging each
    # distinct character once and counting only the bad ones is 3x cheaper than a Counter.
    bad = sum(text.count(char) for char in set(text) if _is_not_text(char))
    return bad / len(text)


def _is_not_text(char: str) -> bool:
    if char in ALLOWED_CONTROLS:
        return False
    return char == "\ufffd" or unicodedata.category(char) in _NOT_TEXT_CATEGORIES


def _at(match: re.Match[str]) -> str:
    return f"U+{ord(match[0]):04X} at character {match.start()}"


def text_problem(text: str) -> Problem | None:
    """The reason and message for the first rule a text breaks, or None."""
    if (found := _SURROGATE.search(text)) is not None:
        return LONE_SURROGATES, f"a lone surrogate ({_at(found)}) is half a character"
    share = not_text_share(text) if len(text) >= NOT_TEXT_MIN_CHARS else 0.0
    if share > NOT_TEXT_SHARE:
        what = "control, unassigned or private-use characters"
        return NOT_TEXT, f"{share:.0%} of the characters are {what}: not text"
    if (found := _CONTROL.search(text)) is not None:
        allowed = "only tab, line feed and carriage return are allowed"
        return CONTROL_CHARACTERS, f"control character {_at(found)}; {allowed}"
    return None


def url_problem(url: str) -> Problem | None:
    """Only absolute http and https URLs with a host: no javascript:, data:, file:, ftp:."""
    if (problem := text_problem(url)) is not None:
        return problem
    if any(char.isspace() for char in url):
        return INVALID_URL, "a URL holds no white space (write it as %20)"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (it raises for a port out of range)
    except ValueError as error:
        return INVALID_URL, f"not a URL: {error}"
    if parts.scheme.lower() not in ("http", "https"):
        return INVALID_URL, "only absolute http and https URLs are accepted"
    if not parts.hostname:
        return INVALID_URL, "the URL has no host"
    return None


def _refuse(problem: Problem | None) -> None:
    if problem is not None:
        reason, message = problem
        raise PydanticCustomError(reason, "{message}", {"message": message})


def _check_text(value: str) -> str:
    _refuse(text_problem(value))
    return value


def _check_visible(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("string_blank", "String should hold more than white space")
    return value


def _check_url(value: str) -> str:
    _refuse(url_problem(value))
    return value


def _check_in_utc_range(value: datetime) -> datetime:
    try:
        value.astimezone(UTC)
    except OverflowError:
        message = "Datetime should fall within years 1 to 9999 in UTC"
        raise PydanticCustomError("datetime_out_of_range", message) from None
    return value


class _Pattern:
    """Adds a pattern to the JSON Schema only: the validators check more than it says."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {**handler(core_schema), "pattern": self.pattern}


PlainText = Annotated[str, AfterValidator(_check_text), _Pattern(NO_CONTROLS_PATTERN)]
"""Text PostgreSQL stores as it is: no lone surrogates, no control characters, not binary."""
VisibleText = Annotated[PlainText, AfterValidator(_check_visible)]
"""PlainText with something in it besides white space: a title, a body."""
WebUrl = Annotated[str, AfterValidator(_check_url), _Pattern(HTTP_URL_PATTERN)]
"""An absolute http or https URL."""
Timestamp = Annotated[AwareDatetime, AfterValidator(_check_in_utc_range)]
"""A time with its zone that has a UTC equivalent Python and PostgreSQL both hold."""
