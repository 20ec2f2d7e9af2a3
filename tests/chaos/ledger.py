"""What the publishers did: which sequence numbers are on the raw topic, and what became
of every poison message at the door."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from tests.chaos.timeline import Timeline


@dataclass
class Ledger:
    timeline: Timeline
    published: dict[int, str] = field(default_factory=dict)  # seq -> path
    unpublished: dict[int, str] = field(default_factory=dict)  # seq -> why not
    refused: dict[str, str] = field(default_factory=dict)  # poison -> how, at the door
    expected_dead_letters: dict[str, set[str]] = field(default_factory=dict)  # poison -> keys
    unaccounted: dict[str, str] = field(default_factory=dict)  # poison -> why
    retries: Counter[str] = field(default_factory=Counter)  # path -> retried attempts
    last_publish_at: float = 0.0

    def accepted(self, seqs: list[int], path: str) -> None:
        self.published.update(dict.fromkeys(seqs, path))
        self.last_publish_at = self.timeline.now()

    def gave_up(self, seqs: list[int], why: str) -> None:
        self.unpublished.update(dict.fromkeys(seqs, why))
        self.timeline.note("publish", f"gave up on {len(seqs)} articles: {why}")

    def refused_at_door(self, poison: str, how: str) -> None:
        self.refused[poison] = how
        self.last_publish_at = self.timeline.now()

    def on_raw_topic(self, poison: str, keys: set[str]) -> None:
        """Past the door: it must come back on the dead-letter topic under one of these keys."""
        self.expected_dead_letters[poison] = keys
        self.last_publish_at = self.timeline.now()

    def lost_at_door(self, poison: str, why: str) -> None:
        self.unaccounted[poison] = why
