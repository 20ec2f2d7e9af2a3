"""Seconds since the run began, and a record of what happened when."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Timeline:
    started: float = field(default_factory=time.monotonic)
    events: list[tuple[float, str, str]] = field(default_factory=list)

    def now(self) -> float:
        return time.monotonic() - self.started

    def note(self, kind: str, what: str) -> None:
        """kind: fault, restart, exit, phase…; printed live and kept for the summary."""
        at = self.now()
        self.events.append((at, kind, what))
        print(f"chaos: [{at:6.1f}s] {kind}: {what}", flush=True)

    def of_kind(self, kind: str) -> list[tuple[float, str]]:
        return [(at, what) for at, k, what in self.events if k == kind]
