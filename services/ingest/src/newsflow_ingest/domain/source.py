"""The source an HTTP client posts as: `http:<name>`, or plain `http` when it names none.

A name is a short slug. The part before ':' stays `http` whatever the name, so enrich's
`source` metric label (the door an article came in by) keeps a handful of values. A named
token (`name:token` in INGEST_TOKENS) fixes the name its requests post as."""

from __future__ import annotations

import re

HTTP = "http"
SOURCE_NAME = r"^[a-z0-9][a-z0-9._-]{0,62}$"
SOURCE_NAME_RULE = "a source name is 1 to 63 of a-z 0-9 . _ -, starting with a letter or digit"
_SOURCE_NAME = re.compile(SOURCE_NAME)


class SourceNotAllowedError(ValueError):
    """A request named a source its token may not post as."""

    def __init__(self, bound: str) -> None:
        super().__init__(f"this token may only post as {bound}")
        self.bound = bound


def is_source_name(name: str) -> bool:
    return _SOURCE_NAME.fullmatch(name) is not None


def http_source(requested: str | None, bound: str | None) -> str:
    """`requested` is the name a request gives (already a valid slug, or None); `bound` the
    name its token fixes, if any. Raises SourceNotAllowedError when the two differ."""
    if bound is not None and requested not in (None, bound):
        raise SourceNotAllowedError(bound)
    name = requested or bound
    return f"{HTTP}:{name}" if name else HTTP
