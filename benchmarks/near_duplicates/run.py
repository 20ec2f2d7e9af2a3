"""Precision and recall of newsflow's near-duplicate detector on the labelled pair set.

    uv run python -m benchmarks.near_duplicates.run

Each pair goes through the production code path: the first article is indexed at
position 0, and the second is flagged if the index returns the first as its match."""

from __future__ import annotations

import argparse
from collections import defaultdict
from functools import cache

from benchmarks.near_duplicates.pairs import Pair, build_pairs
from newsflow_enrich.domain.near_duplicates import (
    THRESHOLD,
    NearDuplicateIndex,
    Signature,
    signature,
)


@cache
def signature_of(text: str) -> Signature | None:
    return signature(text)


def flagged(pair: Pair, threshold: float) -> bool:
    first, second = signature_of(pair.first), signature_of(pair.second)
    if first is None or second is None:
        return False
    index = NearDuplicateIndex(threshold)
    index.add("first", first, 0)
    index.add("second", second, 1)
    return index.earliest_match("second", second, before=1) == "first"


def scores(pairs: list[Pair], threshold: float) -> tuple[float, float, dict[str, tuple[int, int]]]:
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tp = fp = fn = 0
    for pair in pairs:
        hit = flagged(pair, threshold)
        tp += hit and pair.duplicate
        fp += hit and not pair.duplicate
        fn += pair.duplicate and not hit
        by_kind[pair.kind][0] += hit
        by_kind[pair.kind][1] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, {kind: (h, n) for kind, (h, n) in by_kind.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sweep", action="store_true", help="also try other thresholds")
    args = parser.parse_args()
    pairs = build_pairs()
    positives = sum(p.duplicate for p in pairs)
    print(f"{len(pairs)} pairs: {positives} near-duplicates, {len(pairs) - positives} not")
    precision, recall, by_kind = scores(pairs, THRESHOLD)
    print(f"threshold {THRESHOLD}: precision {precision:.3f}, recall {recall:.3f}")
    for kind, (hits, total) in sorted(by_kind.items()):
        print(f"  flagged {hits:>2}/{total:<2} {kind}")
    if args.sweep:
        for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
            p, r, _ = scores(pairs, threshold)
            print(f"threshold {threshold:.2f}: precision {p:.3f}, recall {r:.3f}")


if __name__ == "__main__":
    main()
