"""Partitions a worker owns but no longer consumes: found, and sought back to be read again.

Faust can leave a partition behind across a rebalance: events it fetched in the old
generation are dropped from its buffers unacked, while the fetch position has already
passed them, so nothing redelivers them until the worker restarts. The committed offset
then stays behind the end of the partition (the lag gauge shows it) although the worker
is not working on it. A partition that has lag, no new commit for `stall_seconds`, and no
event in the batch in hand is sought back to its committed offset (its first offset, if
the group never committed one). Its events are fetched again and handled at least once,
as after any redelivery; the store's writes are idempotent (docs/reliability.md)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

Partition = tuple[str, int]  # (topic, partition)


@dataclass
class AgentActivity:
    """The (topic, partition)s of the batch in hand: a partition the agent is working on
    is not stalled, however long its batch takes."""

    in_hand: frozenset[Partition] = frozenset()
    # Fault injection (ENRICH_FAULT_DROP_FIRST_EVENTS): events still to drop unacked.
    drop_events: int = field(default=0)


@dataclass(frozen=True)
class PartitionOffsets:
    committed: int | None  # the group's committed offset; None if it never committed one
    start: int  # the partition's first offset still in the log
    end: int  # the offset the next record will get

    @property
    def resume_at(self) -> int:
        """Where consuming resumes after a seek: the committed offset, or the log's start."""
        return max(self.committed, self.start) if self.committed is not None else self.start

    @property
    def behind(self) -> bool:
        return self.end > self.resume_at


class StallTracker:
    """Which owned partitions have been behind, without a new commit and out of the
    worker's hands, for `stall_seconds`. Pure: offsets and a clock in, partitions out."""

    def __init__(self, stall_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._stall_seconds = stall_seconds
        self._clock = clock
        self._unmoved_since: dict[Partition, tuple[int, float]] = {}

    def stalled(
        self, offsets: Mapping[Partition, PartitionOffsets], in_hand: Collection[Partition]
    ) -> list[Partition]:
        now = self._clock()
        found = []
        for partition, where in offsets.items():
            if not where.behind or partition in in_hand:
                self._unmoved_since.pop(partition, None)
                continue
            seen = self._unmoved_since.get(partition)
            if seen is None or seen[0] != where.resume_at:
                self._unmoved_since[partition] = (where.resume_at, now)
            elif now - seen[1] >= self._stall_seconds:
                found.append(partition)
                # Give the seek its own stall_seconds to show progress before the next one.
                self._unmoved_since[partition] = (where.resume_at, now)
        for gone in self._unmoved_since.keys() - offsets.keys():
            del self._unmoved_since[gone]
        return sorted(found)
