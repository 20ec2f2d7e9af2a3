"""The garbage collector's pace for the store's process.

A batch of 500 events decodes into hundreds of thousands of small objects (pydantic models,
lists, strings), none of them in a reference cycle: reference counting frees them all. With
CPython's default threshold (a collection every 700 new objects), the collector still ran
hundreds of times per batch, each older-generation pass walking every object of the batch
in hand, and the one prepared meanwhile: measured, it made decoding a batch and making its
rows cost 1.5 to 2 times what it does with collections every 10,000 objects (docs/store.md).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["FIRST_GENERATION_THRESHOLD", "fewer_collections"]

FIRST_GENERATION_THRESHOLD = 10_000


@contextlib.contextmanager
def fewer_collections(threshold: int = FIRST_GENERATION_THRESHOLD) -> Iterator[None]:
    """Collects the youngest generation every `threshold` allocations (the older ones at
    their default ratios) while inside; as before afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(threshold, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
