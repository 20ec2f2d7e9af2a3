"""The ack frontier: events admitted in offset order per partition, never past a hole."""

from newsflow_enrich.adapters.ack_frontier import AckFrontier

RAW = ("raw", 0)


def started(at: int = 0) -> AckFrontier:
    frontier = AckFrontier()
    frontier.new_generation(1)
    frontier.start({RAW: at})
    return frontier


def test_events_in_order_are_admitted_and_a_hole_is_found_at_its_first_offset() -> None:
    frontier = started()
    assert [frontier.hole_before(RAW, offset) for offset in (0, 1, 2)] == [None, None, None]
    assert frontier.hole_before(RAW, 5) == 3
    # Held back, the event did not move the frontier: 3 is still the one expected.
    assert frontier.hole_before(RAW, 3) is None


def test_a_redelivered_event_is_admitted_and_does_not_move_the_frontier_back() -> None:
    frontier = started(at=4)
    assert frontier.hole_before(RAW, 4) is None
    assert frontier.hole_before(RAW, 2) is None  # replayed after a rebalance: handled again
    assert frontier.hole_before(RAW, 6) == 5


def test_a_hole_without_records_is_skipped() -> None:
    frontier = started()
    assert frontier.hole_before(RAW, 3) == 0
    frontier.skip_to(RAW, 3)  # transaction markers at 0-2, say
    assert frontier.hole_before(RAW, 3) is None
    assert frontier.hole_before(RAW, 4) is None


def test_a_new_generation_forgets_what_it_expected_and_an_unstarted_partition_is_unguarded() -> (
    None
):
    frontier = started()
    frontier.hole_before(RAW, 0)
    frontier.new_generation(1)  # the same generation: nothing forgotten
    assert frontier.unknown([RAW]) == set()
    frontier.new_generation(2)
    assert frontier.unknown([RAW]) == {RAW}
    assert frontier.hole_before(RAW, 9) is None
    frontier.start({RAW: 3})
    frontier.start({RAW: 0})  # started once per generation: the first answer stands
    assert frontier.hole_before(RAW, 4) == 3
