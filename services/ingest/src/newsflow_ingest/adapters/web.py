"""Fetching feeds (conditionally, with ETag and Last-Modified) and article pages over HTTP."""

from __future__ import annotations

from types import TracebackType

import httpx

from newsflow_ingest.service.ports import FeedValidators, FetchedFeed, FetchError

USER_AGENT = "newsflow-ingest/0.1 (+https://github.com/newsflow)"


def _conditional_headers(validators: FeedValidators) -> dict[str, str]:
    headers = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.modified:
        headers["If-Modified-Since"] = validators.modified
    return headers


class HttpWeb:
    def __init__(self, timeout_seconds: float = 10, max_bytes: int = 5_000_000) -> None:
        self._max_bytes = max_bytes
        self._client = httpx.AsyncClient(
            timeout=timeout_seconds, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        )

    async def __aenter__(self) -> HttpWeb:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._client.aclose()

    async def fetch_feed(self, url: str, validators: FeedValidators) -> FetchedFeed | None:
        """None when the server says the feed has not changed since the validators."""
        response, content = await self._get(url, _conditional_headers(validators))
        if response.status_code == 304:
            return None
        fresh = FeedValidators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        return FetchedFeed(content, fresh)

    async def fetch_page(self, url: str) -> str:
        response, content = await self._get(url, {})
        return content.decode(response.encoding or "utf-8", errors="replace")

    async def _get(self, url: str, headers: dict[str, str]) -> tuple[httpx.Response, bytes]:
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {response.status_code}")
                return response, await self._read_capped(response, url)
        except httpx.HTTPError as error:
            raise FetchError(f"{url}: {error!r}") from error

    async def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self._max_bytes:
                raise FetchError(f"{url}: larger than {self._max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
