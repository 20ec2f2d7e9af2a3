"""Enriches the next batch while the one before it is published, so that the NLP thread does
not sit idle through the Kafka round trips of publishing (signature and story logs, delivery).

At most two batches are in hand: one being enriched, off the loop, and the one taken before
it being completed on the loop. Batches are completed and acked one at a time, in the order
they were taken, so acks stay in offset order, and the signature and story logs see batches
in that order too. A batch is acked only once every message of it is durable. A batch that
cannot be made durable is never acked, and neither is any batch taken after it: the worker
stops, and both are redelivered to the partitions' next owner.

Knows nothing of Faust: events are opaque, acked by the function it is given."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, NoReturn, Protocol, TypeVar

from newsflow_enrich.adapters.batch_handler import PreparedBatch
from newsflow_enrich.adapters.stalled_partitions import AgentActivity, Partition
from newsflow_runtime.envelope import InboundMessage

E = TypeVar("E")


class BatchStages(Protocol):
    """What BatchHandler offers: a batch prepared apart from the others, then completed."""

    async def prepare(self, messages: Sequence[InboundMessage]) -> PreparedBatch: ...

    async def complete(self, batch: PreparedBatch) -> None: ...


class OverlappedBatches(Generic[E]):
    def __init__(
        self,
        handler: BatchStages,
        ack: Callable[[Sequence[E]], Awaitable[None]],
        failure: Callable[[BaseException], None],
        activity: AgentActivity,
    ) -> None:
        self._handler = handler
        self._ack = ack
        self._failure = failure
        self._activity = activity
        self._completing: asyncio.Task[None] | None = None
        self._in_hand: dict[int, frozenset[Partition]] = {}
        self._taken = 0

    async def take(self, events: Sequence[E], messages: Sequence[InboundMessage]) -> None:
        """Returns once the batch is enriched and the one before it completed and acked; the
        batch's own completion goes on in the background until the next `take` or `drain`."""
        self._taken += 1
        batch = self._taken
        self._hold(batch, messages)
        try:
            prepared = await self._handler.prepare(messages)
        except Exception as error:
            await self._stop(error)
        await self.drain()
        self._completing = asyncio.create_task(self._complete(batch, events, prepared))

    async def drain(self) -> None:
        """Waits until the batch being completed is acked (forever, if it failed)."""
        if self._completing is not None:
            completing, self._completing = self._completing, None
            await completing

    async def _complete(self, batch: int, events: Sequence[E], prepared: PreparedBatch) -> None:
        try:
            await self._handler.complete(prepared)
        except Exception as error:
            await self._stop(error)
        await self._ack(events)
        self._release(batch)

    async def _stop(self, error: BaseException) -> NoReturn:
        self._failure(error)
        await asyncio.Event().wait()  # hold the batch, unacked, until the worker stops
        raise AssertionError("unreachable: the wait above never ends")

    def _hold(self, batch: int, messages: Sequence[InboundMessage]) -> None:
        self._in_hand[batch] = frozenset((m.topic, m.partition) for m in messages)
        self._publish_in_hand()

    def _release(self, batch: int) -> None:
        del self._in_hand[batch]
        self._publish_in_hand()

    def _publish_in_hand(self) -> None:
        # A partition with a batch in hand is being worked on, however long it takes.
        self._activity.in_hand = frozenset().union(*self._in_hand.values())
