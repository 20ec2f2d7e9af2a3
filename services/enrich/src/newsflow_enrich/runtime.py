"""Process-wide tuning for a long-running enricher, applied by whoever builds one."""

from __future__ import annotations

import gc


def keep_long_lived_out_of_gc() -> None:
    """Call once the model and the gazetteer are loaded. They live as long as the process;
    moving them out of the collector's generations stops every full collection from walking
    them again: measured, that was most of what linking cost on top of NER
    (docs/entities.md)."""
    gc.collect()
    gc.freeze()
