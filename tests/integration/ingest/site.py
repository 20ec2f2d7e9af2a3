"""A small news site on 127.0.0.1: feeds and article pages, with ETag and Last-Modified."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Tue, 01 Dec 2026 10:00:00 GMT"


@dataclass
class Page:
    content_type: str
    body: bytes
    etag: str | None = None


@dataclass
class LocalSite:
    base_url: str = ""
    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[tuple[str, int]] = field(default_factory=list)  # (path, status)

    def put(self, path: str, content_type: str, body: str, etag: str | None = None) -> str:
        self.pages[path] = Page(content_type, body.encode(), etag)
        return f"{self.base_url}{path}"

    def statuses(self, path: str) -> list[int]:
        return [status for requested, status in self.requests if requested == path]


def _handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = site.pages.get(self.path)
            if page is None:
                return self._answer(404, b"")
            unchanged = page.etag is not None and self.headers.get("If-None-Match") == page.etag
            self._answer(304 if unchanged else 200, b"" if unchanged else page.body, page)

        def _answer(self, status: int, body: bytes, page: Page | None = None) -> None:
            site.requests.append((self.path, status))
            self.send_response(status)
            if page is not None:
                self.send_header("Content-Type", page.content_type)
                if page.etag:
                    self.send_header("ETag", page.etag)
                    self.send_header("Last-Modified", LAST_MODIFIED)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return None  # keep test output quiet

    return Handler


@contextmanager
def local_site() -> Iterator[LocalSite]:
    site = LocalSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    site.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
