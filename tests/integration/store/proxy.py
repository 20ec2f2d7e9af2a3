"""A TCP proxy in front of PostgreSQL that a test can cut, to make the database unreachable
for one client without touching the server that every other test shares."""

from __future__ import annotations

import asyncio
import contextlib

from newsflow.stack.ports import LOOPBACK


class CuttableProxy:
    """Forwards 127.0.0.1:<port> to a target. `cut(silent=True)` is a network partition:
    connections stay open and nothing more crosses, new ones are accepted and never
    answered. `cut(silent=False)` is a server gone: connections reset, new ones refused."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._silent = False

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._accept, LOOPBACK, 0)
        return int(self._server.sockets[0].getsockname()[1])

    def cut(self, *, silent: bool) -> None:
        self._silent = True
        if not silent and self._server is not None:
            self._server.close()
            for writer in self._writers:
                writer.transport.abort()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in self._writers:
            writer.transport.abort()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _accept(self, client_in: asyncio.StreamReader, client: asyncio.StreamWriter) -> None:
        self._writers.add(client)
        if self._silent:
            await self._pump(client_in, None)
            return
        try:
            server_in, server = await asyncio.open_connection(*self._target)
        except OSError:
            client.transport.abort()
            return
        self._writers.add(server)
        for reader, writer in ((client_in, server), (server_in, client)):
            task = asyncio.create_task(self._pump(reader, writer))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _pump(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter | None
    ) -> None:
        """Copies until end of stream; once silent, what is read goes nowhere."""
        with contextlib.suppress(ConnectionError, OSError):
            while data := await reader.read(65536):
                if writer is not None and not self._silent:
                    writer.write(data)
                    await writer.drain()
        if writer is not None:
            writer.close()
