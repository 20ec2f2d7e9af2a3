"""The next offset the worker expects on each partition it owns: events are handled and acked
in order, never past a hole.

faust commits the highest run of consecutive acked offsets, and checks for a hole before the
run only against a non-zero committed offset, and only for holes of two or more. An event
faust dropped unacked over a rebalance, followed by a later event of the same partition that
was handled, would be committed over and lost. So each event is admitted only if its offset
is the one expected (or an earlier one: a redelivery). At a hole, the caller asks the broker
whether a record lies in it: if none does (transaction markers, compaction), the hole is
skipped; if one does, the partition is sought back to it and nothing after it is acked.
Pure: offsets in, decisions out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsflow_enrich.adapters.stalled_partitions import Partition


class AckFrontier:
    def __init__(self) -> None:
        self._generation: int | None = None
        self._next: dict[Partition, int] = {}

    def new_generation(self, generation: int) -> None:
        """A rebalance: faust seeks owned partitions back to their committed offsets."""
        if generation != self._generation:
            self._generation = generation
            self._next.clear()

    def unknown(self, partitions: Iterable[Partition]) -> set[Partition]:
        return {p for p in partitions if p not in self._next}

    def start(self, resume_points: Mapping[Partition, int]) -> None:
        """Where consuming resumed: the committed offset, or the log's start."""
        for partition, offset in resume_points.items():
            self._next.setdefault(partition, offset)

    def hole_before(self, partition: Partition, offset: int) -> int | None:
        """None, and the frontier moves past the event, if it may be handled; else the
        offset the hole before it starts at. A partition never started is not guarded."""
        expected = self._next.get(partition)
        if expected is None:
            return None
        if offset > expected:
            return expected
        self._next[partition] = max(expected, offset + 1)
        return None

    def skip_to(self, partition: Partition, offset: int) -> None:
        """The broker holds no record before `offset`: the hole is none."""
        self._next[partition] = max(self._next.get(partition, offset), offset)
