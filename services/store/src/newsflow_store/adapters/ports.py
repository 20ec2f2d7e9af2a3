"""What the batch handler needs from a database, so tests can hand it a fake."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from newsflow_store.domain import StoreBatch


class TransientWriteError(Exception):
    """The database could not be reached or gave up on the transaction: try the batch again."""


class RejectedWriteError(Exception):
    """The database refused the batch itself: the same batch would fail again."""

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@dataclass(frozen=True)
class WriteResult:
    """What one write changed. Articles it left alone (redeliveries, older versions) are absent."""

    stored_at: dict[str, datetime] = field(default_factory=dict)
    entities_inserted: int = 0
    links_written: int = 0


class BatchWriter(Protocol):
    async def write(self, batch: StoreBatch) -> WriteResult:
        """Writes the batch's articles, with their links and quotes, in one transaction, or
        none of them (its entities may be committed before, by a transaction of their own,
        and are found again by a retry). Raises TransientWriteError
        when a retry may succeed, RejectedWriteError when the database refused the batch,
        and any other exception for a fault of its own."""
        ...
