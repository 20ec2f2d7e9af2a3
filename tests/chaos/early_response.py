"""POST a large body while listening for an early answer.

A server may refuse an oversized request from its headers alone (413) and close the
connection while the client is still sending; httpx then sees only a broken pipe. Here the
status line is read concurrently with the upload, so a refusal read before the reset is
seen. That is a race this client can lose: a write that meets the reset makes asyncio drop
the connection, answer and all. Ingest does not hang up on a body up to four times its
limit (it reads and drops the rest first), so the chaos stage's 5 MiB request no longer
runs that race."""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlsplit

CHUNK_BYTES = 64 * 1024
ANSWER_TIMEOUT_S = 90.0


async def post_listening(
    url: str, body: bytes, content_type: str, token: str
) -> tuple[int | None, str]:
    """(status, first bytes of the answer), or (None, why) when no status line came back."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    try:
        reader, writer = await asyncio.open_connection(host, port)
    except OSError as error:
        return None, f"connect: {error!r}"
    head = (
        f"POST {parts.path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: {content_type}\r\n"
        f"Authorization: Bearer {token}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    answer = asyncio.create_task(_read_answer(reader))
    try:
        await _upload(writer, head.encode(), body, answer)
        async with asyncio.timeout(ANSWER_TIMEOUT_S):
            return await answer
    except TimeoutError:
        return None, f"no answer within {ANSWER_TIMEOUT_S:.0f} s"
    finally:
        answer.cancel()
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


Answer = tuple[int | None, str]


async def _upload(
    writer: asyncio.StreamWriter, head: bytes, body: bytes, answer: asyncio.Task[Answer]
) -> None:
    """Stops sending as soon as the server has answered or hung up."""
    with contextlib.suppress(OSError):
        writer.write(head)
        for start in range(0, len(body), CHUNK_BYTES):
            if answer.done():
                return
            writer.write(body[start : start + CHUNK_BYTES])
            await writer.drain()


async def _read_answer(reader: asyncio.StreamReader) -> Answer:
    try:
        status_line = await reader.readline()
    except OSError as error:
        return None, f"read: {error!r}"
    fields = status_line.decode(errors="replace").split(" ", 2)
    if len(fields) < 2 or not fields[1].isdigit():
        return None, f"no HTTP status line: {status_line[:100]!r}"
    rest = b""
    # A server that refused early may reset the connection over the unread upload.
    with contextlib.suppress(OSError):
        while len(rest) < 8192 and (chunk := await reader.read(4096)):  # until it hangs up
            rest += chunk
    detail = rest.decode(errors="replace").split("\r\n\r\n", 1)[-1][:200]
    return int(fields[1]), detail
