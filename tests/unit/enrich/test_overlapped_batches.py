"""Batch N+1 enriched while batch N is published: acks stay in order, and nothing taken after
a batch that failed is ever acked."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from newsflow_enrich.adapters.batch_handler import BatchFailed, PreparedBatch
from newsflow_enrich.adapters.overlapped_batches import OverlappedBatches
from newsflow_enrich.adapters.stalled_partitions import AgentActivity
from newsflow_runtime.envelope import InboundMessage

SETTLE_SECONDS = 5.0


def batch(partition: int, *offsets: int) -> list[InboundMessage]:
    return [
        InboundMessage(topic="raw", partition=partition, offset=o, key=b"k", value=b"{}")
        for o in offsets
    ]


class StagedHandler:
    """Records what happens in which order; a batch's completion waits for its gate."""

    def __init__(self) -> None:
        self.log: list[str] = []
        self.gates: dict[int, asyncio.Event] = {}
        self.fail_prepare: set[int] = set()
        self.fail_complete: set[int] = set()

    def gate(self, first_offset: int) -> asyncio.Event:
        return self.gates.setdefault(first_offset, asyncio.Event())

    async def prepare(self, messages: Sequence[InboundMessage]) -> PreparedBatch:
        first = messages[0].offset
        self.log.append(f"prepare {first}")
        if first in self.fail_prepare:
            raise BatchFailed("dead letter could not be sent")
        return PreparedBatch(len(messages), [], float(first))

    async def complete(self, prepared: PreparedBatch) -> None:
        first = int(prepared.started)
        await self.gate(first).wait()
        if first in self.fail_complete:
            raise BatchFailed("publish failed")
        self.log.append(f"complete {first}")


class Agent:
    def __init__(self, handler: StagedHandler) -> None:
        self.acked: list[int] = []
        self.failures: list[BaseException] = []
        self.activity = AgentActivity()
        self.handler = handler
        self.batches: OverlappedBatches[InboundMessage] = OverlappedBatches(
            handler, self.ack, self.failures.append, self.activity
        )

    async def ack(self, events: Sequence[InboundMessage]) -> None:
        self.handler.log.append(f"ack {events[0].offset}")
        self.acked.extend(e.offset for e in events)


async def settled(condition: Callable[[], object]) -> None:
    """Lets the loop run until `condition` holds: the tasks under test move on their own."""
    for _ in range(int(SETTLE_SECONDS / 0.001)):
        if condition():
            return
        await asyncio.sleep(0.001)
    raise AssertionError("the condition never held")


async def test_the_next_batch_is_enriched_while_the_last_is_still_being_published() -> None:
    handler = StagedHandler()
    agent = Agent(handler)
    await agent.batches.take(batch(0, 0, 1), batch(0, 0, 1))
    # Batch 0 is not yet durable; batch 2 is prepared all the same.
    taking = asyncio.create_task(agent.batches.take(batch(0, 2, 3), batch(0, 2, 3)))
    await settled(lambda: "prepare 2" in handler.log)
    assert handler.log == ["prepare 0", "prepare 2"]
    assert agent.acked == []
    handler.gate(0).set()
    handler.gate(2).set()
    await asyncio.wait_for(taking, SETTLE_SECONDS)
    await agent.batches.drain()
    assert handler.log == ["prepare 0", "prepare 2", "complete 0", "ack 0", "complete 2", "ack 2"]
    assert agent.acked == [0, 1, 2, 3]


async def test_a_batch_is_completed_only_after_the_one_before_is_acked() -> None:
    handler = StagedHandler()
    agent = Agent(handler)
    await agent.batches.take(batch(0, 0), batch(0, 0))
    handler.gate(1).set()  # batch 1 could finish at once, but must wait for batch 0
    taking = asyncio.create_task(agent.batches.take(batch(0, 1), batch(0, 1)))
    await asyncio.sleep(0.05)
    assert not taking.done()
    assert agent.acked == []
    handler.gate(0).set()
    await asyncio.wait_for(taking, SETTLE_SECONDS)
    await agent.batches.drain()
    assert agent.acked == [0, 1]
    assert handler.log.index("ack 0") < handler.log.index("complete 1")


async def test_a_batch_that_fails_to_publish_is_never_acked_nor_any_batch_after_it() -> None:
    handler = StagedHandler()
    handler.fail_complete.add(0)
    agent = Agent(handler)
    await agent.batches.take(batch(0, 0, 1), batch(0, 0, 1))
    # Batch 2 is prepared while batch 0 is being published, and batch 0 then fails.
    taking = asyncio.create_task(agent.batches.take(batch(0, 2), batch(0, 2)))
    await settled(lambda: "prepare 2" in handler.log)
    handler.gate(0).set()
    handler.gate(2).set()
    await settled(lambda: agent.failures)
    await asyncio.sleep(0.05)
    assert isinstance(agent.failures[0], BatchFailed)
    assert agent.acked == []
    assert not taking.done()  # the agent holds: nothing after the failed batch moves on
    assert "complete 2" not in handler.log
    taking.cancel()


async def test_a_batch_that_fails_to_prepare_stops_the_worker_after_the_last_is_acked() -> None:
    handler = StagedHandler()
    handler.fail_prepare.add(2)
    agent = Agent(handler)
    await agent.batches.take(batch(0, 0), batch(0, 0))
    taking = asyncio.create_task(agent.batches.take(batch(0, 2), batch(0, 2)))
    await settled(lambda: agent.failures)
    handler.gate(0).set()
    await settled(lambda: agent.acked)
    await asyncio.sleep(0.05)
    assert agent.acked == [0]  # batch 0 was durable, so it is acked; batch 2 never
    assert not taking.done()
    taking.cancel()


async def test_every_partition_with_a_batch_in_hand_counts_as_being_worked_on() -> None:
    handler = StagedHandler()
    agent = Agent(handler)
    await agent.batches.take(batch(0, 0), batch(0, 0))
    taking = asyncio.create_task(agent.batches.take(batch(1, 5), batch(1, 5)))
    await settled(lambda: "prepare 5" in handler.log)
    assert agent.activity.in_hand == {("raw", 0), ("raw", 1)}
    handler.gate(0).set()
    await settled(lambda: agent.acked == [0])
    assert agent.activity.in_hand == {("raw", 1)}
    handler.gate(5).set()
    await asyncio.wait_for(taking, SETTLE_SECONDS)
    await agent.batches.drain()
    assert agent.activity.in_hand == frozenset()
