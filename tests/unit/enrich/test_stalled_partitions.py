"""Which owned partitions count as stalled: behind, no new commit, not in the batch in hand."""

from newsflow_enrich.adapters.stalled_partitions import PartitionOffsets, StallTracker

RAW = ("raw", 0)
OTHER = ("raw", 1)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def behind(committed: int | None = 3, start: int = 0, end: int = 5) -> PartitionOffsets:
    return PartitionOffsets(committed=committed, start=start, end=end)


def test_a_partition_behind_with_no_new_commit_for_the_stall_time_is_stalled() -> None:
    clock = Clock()
    tracker = StallTracker(60, clock)
    assert tracker.stalled({RAW: behind()}, in_hand=()) == []
    clock.now += 59
    assert tracker.stalled({RAW: behind()}, in_hand=()) == []
    clock.now += 1
    assert tracker.stalled({RAW: behind()}, in_hand=()) == [RAW]


def test_after_a_rewind_the_partition_gets_the_stall_time_again() -> None:
    clock = Clock()
    tracker = StallTracker(60, clock)
    tracker.stalled({RAW: behind()}, in_hand=())
    clock.now += 60
    assert tracker.stalled({RAW: behind()}, in_hand=()) == [RAW]
    clock.now += 30
    assert tracker.stalled({RAW: behind()}, in_hand=()) == []
    clock.now += 30
    assert tracker.stalled({RAW: behind()}, in_hand=()) == [RAW]


def test_a_new_commit_restarts_the_wait() -> None:
    clock = Clock()
    tracker = StallTracker(60, clock)
    tracker.stalled({RAW: behind(committed=3)}, in_hand=())
    clock.now += 50
    tracker.stalled({RAW: behind(committed=4)}, in_hand=())
    clock.now += 50
    assert tracker.stalled({RAW: behind(committed=4)}, in_hand=()) == []


def test_a_partition_in_the_batch_in_hand_is_never_stalled_however_long_it_takes() -> None:
    clock = Clock()
    tracker = StallTracker(60, clock)
    for _ in range(5):
        assert tracker.stalled({RAW: behind()}, in_hand=[RAW]) == []
        clock.now += 60
    # Out of hand again, it gets the whole stall time before it counts.
    assert tracker.stalled({RAW: behind()}, in_hand=()) == []
    clock.now += 60
    assert tracker.stalled({RAW: behind()}, in_hand=()) == [RAW]


def test_a_partition_caught_up_is_never_stalled() -> None:
    clock = Clock()
    tracker = StallTracker(60, clock)
    for _ in range(3):
        assert tracker.stalled({RAW: behind(committed=5, end=5)}, in_hand=()) == []
        clock.now += 100


def test_a_group_that_never_committed_resumes_at_the_log_start() -> None:
    never = behind(committed=None, start=2, end=5)
    assert (never.resume_at, never.behind) == (2, True)
    assert behind(committed=None, start=5, end=5).behind is False
    # Retention removed what was committed: consuming resumes at the first offset left.
    assert behind(committed=1, start=4, end=9).resume_at == 4
    clock = Clock()
    tracker = StallTracker(10, clock)
    tracker.stalled({OTHER: never}, in_hand=())
    clock.now += 10
    assert tracker.stalled({OTHER: never}, in_hand=()) == [OTHER]


def test_a_partition_handed_to_another_worker_is_forgotten() -> None:
    clock = Clock()
    tracker = StallTracker(60, clock)
    tracker.stalled({RAW: behind(), OTHER: behind()}, in_hand=())
    clock.now += 30
    tracker.stalled({OTHER: behind()}, in_hand=())
    clock.now += 30
    # RAW comes back: its wait starts over, OTHER's did not.
    assert tracker.stalled({RAW: behind(), OTHER: behind()}, in_hand=()) == [OTHER]
