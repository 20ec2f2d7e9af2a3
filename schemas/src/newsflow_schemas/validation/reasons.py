"""The stable reason codes, and the one exception that carries them."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import ValidationError

INVALID_UTF8 = "invalid_utf8"
NOT_TEXT = "not_text"
CONTROL_CHARACTERS = "control_characters"
LONE_SURROGATES = "lone_surrogates"
INVALID_URL = "invalid_url"
FIELD_TOO_LONG = "field_too_long"
DUPLICATE_KEYS = "duplicate_keys"
NESTED_TOO_DEEP = "nested_too_deep"
UNKNOWN_FIELD = "unknown_field"
INVALID_RAW_ARTICLE = "invalid_raw_article"
REASONS = (
    INVALID_UTF8,
    NOT_TEXT,
    CONTROL_CHARACTERS,
    LONE_SURROGATES,
    INVALID_URL,
    FIELD_TOO_LONG,
    DUPLICATE_KEYS,
    NESTED_TOO_DEEP,
    UNKNOWN_FIELD,
    INVALID_RAW_ARTICLE,
)
# pydantic's own error types that have a reason of their own; every other is a shape error.
_PYDANTIC_REASONS = {
    "string_too_long": FIELD_TOO_LONG,
    "too_long": FIELD_TOO_LONG,
    "extra_forbidden": UNKNOWN_FIELD,
}


class InputRefused(ValueError):
    """Input that breaks a rule: `reason` is its code, `loc` the place in it, if known."""

    def __init__(self, reason: str, message: str, loc: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.reason = reason
        self.loc = loc


def reason_for(error_type: str) -> str:
    """The reason for one pydantic error type; the rules' own errors are typed by reason."""
    if error_type in REASONS:
        return error_type
    return _PYDANTIC_REASONS.get(error_type, INVALID_RAW_ARTICLE)


def most_specific_reason(error_types: Iterable[str]) -> str:
    """The first reason more precise than invalid_raw_article, or that one."""
    reasons = (reason_for(error_type) for error_type in error_types)
    return next((r for r in reasons if r != INVALID_RAW_ARTICLE), INVALID_RAW_ARTICLE)


def summarise(error: ValidationError, limit: int = 5) -> str:
    """Enough of a validation error to act on, never the (maybe huge) input itself."""
    lines = [
        f"{'.'.join(map(str, e['loc'])) or '<root>'}: {e['msg']}"
        for e in error.errors(include_url=False)[:limit]
    ]
    return f"{error.error_count()} validation error(s): " + "; ".join(lines)
