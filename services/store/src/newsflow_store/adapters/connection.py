"""One autocommit connection, opened on first use and again once it is closed or broken:
the writer and the search indexer each hold one, and a failure only has to close it."""

from __future__ import annotations

from typing import Any

import psycopg


class LazyConnection:
    def __init__(self, database_url: str, connect_timeout: int = 10) -> None:
        self._url = database_url
        self._connect_timeout = connect_timeout
        self._conn: psycopg.AsyncConnection[Any] | None = None

    async def get(self) -> psycopg.AsyncConnection[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = await psycopg.AsyncConnection.connect(
                self._url, autocommit=True, connect_timeout=self._connect_timeout
            )
        return self._conn

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close()
