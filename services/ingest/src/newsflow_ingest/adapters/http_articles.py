"""A POST /articles request turned into RawArticles, within the request limits.

Everything here answers a client error: 413 for a body or a batch over its limit (known
before the body is kept whole, or before a single article is validated), 415 for an
unknown content type, 422 for anything that is not a valid article or source name, 403 for
a source name the request's token may not post as. Each error of a 422 carries its field
path (`loc`), a message, pydantic's `type` and the stable `reason` code
(newsflow_schemas.validation), the same that enrich's dead letters carry.

The source: each JSON article's `source` field, else the `source` query parameter, else the
name of the request's token if it is a named one; `http:<name>`, or `http` with none.

Before any of these answers, what is left of the body is read and dropped, within bounds
(discard_unread), so that the client sees the answer and not a connection reset."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime

from fastapi import HTTPException, Request
from pydantic import ValidationError
from starlette.requests import ClientDisconnect

from newsflow_ingest.domain import (
    SOURCE_NAME_RULE,
    ArticleFormatError,
    SourceNotAllowedError,
    TooManyArticlesError,
    http_source,
    is_source_name,
    parse_article_bytes,
    parse_submissions,
)
from newsflow_schemas import RawArticle
from newsflow_schemas.validation import reason_for

CONTENT_TYPES = ("text/plain", "application/json")
LOC_PART_CHARS = 100  # an unknown key can be long: errors do not echo the input back
DISCARD_BODIES_UP_TO = 4  # times the body limit: as far as a refusal waits for an upload
DISCARD_TIMEOUT_S = 10.0  # nor does it wait longer for a slow one


@dataclass(frozen=True)
class RequestLimits:
    max_body_bytes: int = 4 * 1024 * 1024
    max_articles: int = 500

    @property
    def max_discard_bytes(self) -> int:
        """The most of a refused body read and dropped so that its client sees the answer."""
        return DISCARD_BODIES_UP_TO * self.max_body_bytes


def _body_too_large(limits: RequestLimits) -> HTTPException:
    reason = (
        f"the request body is larger than {limits.max_body_bytes} bytes; "
        "send fewer or shorter articles per request"
    )
    return HTTPException(413, detail=reason)


def _declared_length(request: Request) -> int | None:
    value = request.headers.get("content-length", "")
    return int(value) if value.isdigit() else None


async def read_body(request: Request, chunks: AsyncIterator[bytes], limits: RequestLimits) -> bytes:
    """The body from `chunks`, the request's stream, refused as soon as it is known to be
    too large: at once from its Content-Length, or, streamed without one, when the running
    total passes the limit."""
    declared = _declared_length(request)
    if declared is not None and declared > limits.max_body_bytes:
        raise _body_too_large(limits)
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limits.max_body_bytes:
            raise _body_too_large(limits)
    return bytes(body)


async def discard_unread(
    request: Request, chunks: AsyncIterator[bytes], limits: RequestLimits
) -> None:
    """Reads and drops what is left of a refused request's body, within bounds, before the
    answer goes out. Closing a socket over an unread upload makes the kernel send a reset,
    and a client still writing (asyncio's streams, for one) then loses the 4xx and its
    reason with the connection. A body declared larger than the bounds is not waited for:
    that client gets the answer at once and may lose it."""
    declared = _declared_length(request)
    if declared is not None and declared > limits.max_discard_bytes:
        return
    discarded = 0
    with contextlib.suppress(TimeoutError, ClientDisconnect):
        async with asyncio.timeout(DISCARD_TIMEOUT_S):
            async for chunk in chunks:
                discarded += len(chunk)
                if discarded > limits.max_discard_bytes:
                    return


def _error(loc: tuple[str | int, ...], msg: str, type_: str) -> dict[str, object]:
    where = ["body", *(p[:LOC_PART_CHARS] if isinstance(p, str) else p for p in loc)]
    return {"loc": where, "msg": msg, "type": type_, "reason": reason_for(type_)}


def _format_error(error: ArticleFormatError) -> HTTPException:
    errors = [_error(e.loc, e.msg, e.type) for e in error.errors]
    return HTTPException(422, detail=errors or [_error((), str(error), error.reason)])


@dataclass(frozen=True)
class SourceNames:
    """The name a request's query gives (a valid slug) and the one its token fixes."""

    requested: str | None = None
    bound: str | None = None

    def source(self, article_name: str | None = None) -> str:
        """RawArticle.source for an article naming `article_name`; 403 if not allowed."""
        try:
            return http_source(article_name or self.requested, self.bound)
        except SourceNotAllowedError as error:
            raise HTTPException(403, detail=str(error)) from error


def source_names(request: Request) -> SourceNames:
    """422 for a `source` query parameter that is no source name, 403 for one the token
    may not post as: both before the body is read."""
    requested = request.query_params.get("source")
    if requested is not None and not is_source_name(requested):
        error = {
            "loc": ["query", "source"],
            "msg": SOURCE_NAME_RULE,
            "type": "string_pattern_mismatch",
            "reason": reason_for("string_pattern_mismatch"),
        }
        raise HTTPException(422, detail=[error])
    names = SourceNames(requested, getattr(request.state, "bound_source", None))
    names.source()
    return names


def _from_plain_text(raw: bytes, now: datetime, names: SourceNames) -> list[RawArticle]:
    """Errors name the article's field when one broke a rule: ["body", "standfirst"]."""
    try:
        return [parse_article_bytes(raw, source=names.source(), ingested_at=now)]
    except ArticleFormatError as error:
        raise _format_error(error) from error


def _from_json(
    raw: bytes, now: datetime, limits: RequestLimits, names: SourceNames
) -> list[RawArticle]:
    """Errors carry field paths such as body.0.title; never the input, which may be large."""
    try:
        submissions = parse_submissions(raw, limits.max_articles)
    except TooManyArticlesError as error:
        reason = f"{error}; send at most {error.limit} articles per request"
        raise HTTPException(413, detail=reason) from error
    except ArticleFormatError as error:
        raise _format_error(error) from error
    except ValidationError as error:
        errors = error.errors(include_url=False, include_input=False)
        detail = [_error(e["loc"], e["msg"], e["type"]) for e in errors]
        raise HTTPException(422, detail=detail) from error
    return [s.to_raw_article(source=names.source(s.source), ingested_at=now) for s in submissions]


def _content_type(request: Request) -> str:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in CONTENT_TYPES:
        raise HTTPException(415, detail="send application/json or text/plain")
    return content_type


async def articles_from(request: Request, limits: RequestLimits, now: datetime) -> list[RawArticle]:
    chunks = request.stream()
    try:
        return await _articles_from(request, chunks, limits, now)
    except HTTPException:
        await discard_unread(request, chunks, limits)
        raise


async def _articles_from(
    request: Request, chunks: AsyncIterator[bytes], limits: RequestLimits, now: datetime
) -> list[RawArticle]:
    content_type = _content_type(request)
    names = source_names(request)
    raw = await read_body(request, chunks, limits)
    # Parsing and validating up to max_body_bytes takes a while: off the event loop.
    if content_type == "text/plain":
        return await asyncio.to_thread(_from_plain_text, raw, now, names)
    return await asyncio.to_thread(_from_json, raw, now, limits, names)
