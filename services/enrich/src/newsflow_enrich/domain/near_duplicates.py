"""Near-duplicate articles: the same story lightly edited, or syndicated with its own intro.

Word shingles of the body, a MinHash signature of them, and an LSH index that finds
earlier articles whose estimated Jaccard similarity reaches the threshold. Pure: the
order in which articles were seen ("position") comes from outside, so that every worker
that replays the same log reaches the same decisions (docs/near-duplicates.md)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 4
NUM_PERM = 128
# Measured (benchmarks/near_duplicates): different stories score <= 0.04, edited or
# syndicated copies >= 0.4; 0.3 sits in the gap, allowing for MinHash's estimation error.
THRESHOLD = 0.3
# Missing a candidate costs recall for good; a false candidate costs one exact check.
LSH_WEIGHTS = (0.2, 0.8)
MIN_SHINGLES = 20  # shorter texts share too few shingles to tell an edit from a new story
# Part of the signature log's contract: signatures compare only under one seed and scheme.
SEED = 1
SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Overlapping runs of `size` words, folded for case, width and punctuation."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


@dataclass(frozen=True)
class Signature:
    hashvalues: tuple[int, ...]

    def minhash(self) -> LeanMinHash:
        return LeanMinHash(seed=SEED, hashvalues=np.array(self.hashvalues), scheme=SCHEME)

    def similarity(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        mine, theirs = np.array(self.hashvalues), np.array(other.hashvalues)
        return float(np.count_nonzero(mine == theirs)) / len(mine)


def signature(text: str) -> Signature | None:
    """None when the text is too short to judge."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(list(grams))
    return Signature(tuple(int(v) for v in minhash.hashvalues))


class NearDuplicateIndex:
    """Every signature seen, at the position where its article was first seen."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self._threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
        self._entries: dict[str, tuple[int, Signature]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, article_id: str, sig: Signature, position: int) -> None:
        """The first position of an article wins: a redelivered article keeps its place."""
        if article_id in self._entries:
            return
        self._entries[article_id] = (position, sig)
        self._lsh.insert(article_id, sig.minhash())

    def position(self, article_id: str) -> int | None:
        entry = self._entries.get(article_id)
        return entry[0] if entry else None

    def earliest_match(self, article_id: str, sig: Signature, before: int) -> str | None:
        """The first-seen article, before `before`, that this signature nearly duplicates."""
        matches = [
            (position, candidate)
            for candidate in self._lsh.query(sig.minhash())
            if candidate != article_id
            for position, other in [self._entries[candidate]]
            if position < before and sig.similarity(other) >= self._threshold
        ]
        return min(matches)[1] if matches else None


def find_near_duplicates(
    texts: Sequence[tuple[str, str]], threshold: float = THRESHOLD
) -> dict[str, str]:
    """Offline: {article_id: duplicate_of} for (article_id, text) pairs taken in order."""
    index, found = NearDuplicateIndex(threshold), {}
    for position, (article_id, text) in enumerate(texts):
        sig = signature(text)
        if sig is None:
            continue
        index.add(article_id, sig, position)
        first = index.position(article_id)
        if first is not None and (match := index.earliest_match(article_id, sig, first)):
            found[article_id] = match
    return found
