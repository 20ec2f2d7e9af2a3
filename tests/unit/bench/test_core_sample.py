"""The dev sample benchmarks.core_output and benchmarks.enrich_cost run on: fixed, spread
over every round's articles, and no larger than asked, however large dev grows."""

from __future__ import annotations

from pathlib import Path

from benchmarks.core_output import evenly


def test_the_sample_is_spread_evenly_and_the_same_each_time() -> None:
    paths = [Path(f"{n}_article.txt") for n in range(1000, 2000)]
    sample = evenly(paths, 200)
    assert len(sample) == len(set(sample)) == 200
    assert sample == evenly(paths, 200)
    assert sample[0] == paths[0] and sample[-1] == paths[995]
    assert {int(p.name[:4]) // 100 for p in sample} == set(range(10, 20))


def test_all_the_articles_when_asked_for_all_or_more_than_there_are() -> None:
    paths = [Path(f"{n}.txt") for n in range(7)]
    assert evenly(paths, -1) == evenly(paths, 7) == evenly(paths, 50) == paths
    assert evenly(paths, 0) == []
