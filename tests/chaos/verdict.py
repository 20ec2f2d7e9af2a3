"""The verdict: what the run must prove, the facts behind it and the one summary line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from tests.chaos.ledger import Ledger
from tests.chaos.observe import DeadLetters
from tests.chaos.poison import Poison


@dataclass(frozen=True)
class Health:
    replica: str
    alive: bool
    ready: bool
    restarts: int
    restarts_in_final_minute: int

    def problem(self) -> str | None:
        if not self.alive:
            return f"{self.replica} is not running"
        if self.restarts_in_final_minute:
            return f"{self.replica} restarted {self.restarts_in_final_minute}x in the final minute"
        if not self.ready:
            return f"{self.replica} does not answer /readyz with 200"
        return None


@dataclass
class Verdict:
    ledger: Ledger
    poisons: list[Poison]
    stored: Counter[int]
    dead_letters: DeadLetters
    drained_in: float | None
    drain_bound: float
    health: list[Health]
    enriched_copies: Counter[str]  # enriched events per article id, for information

    @property
    def published(self) -> set[int]:
        return set(self.ledger.published)

    @property
    def missing(self) -> list[int]:
        return sorted(self.published - set(self.stored))

    @property
    def duplicated(self) -> list[int]:
        return sorted(seq for seq, rows in self.stored.items() if rows > 1)

    def poison_outcomes(self) -> dict[str, str | None]:
        """Per poison message, how it was accounted for; None when it was not."""
        keys = self.dead_letters.keys
        outcomes: dict[str, str | None] = {}
        for poison in self.poisons:
            name = poison.name
            if name in self.ledger.refused:
                outcomes[name] = f"refused at the door ({self.ledger.refused[name]})"
            elif any(keys[k] for k in self.ledger.expected_dead_letters.get(name, ())):
                outcomes[name] = "dead-lettered"
            else:
                outcomes[name] = None
        return outcomes

    def judge(self) -> list[str]:
        failures: list[str] = []
        if self.ledger.unpublished:
            unpublished = sorted(self.ledger.unpublished)
            failures.append(f"{len(unpublished)} valid articles never got onto the raw topic: ")
            failures[-1] += self.ledger.unpublished[unpublished[0]][:300]
        if self.missing:
            failures.append(f"missing={len(self.missing)}: {_sample(self.missing)}")
        if self.duplicated:
            failures.append(f"duplicated={len(self.duplicated)}: {_sample(self.duplicated)}")
        for name, outcome in self.poison_outcomes().items():
            if outcome is None:
                why = self.ledger.unaccounted.get(name, "not on the dead-letter topic")
                failures.append(f"poison {name} unaccounted for: {why[:300]}")
        if self.drained_in is None:
            failures.append(f"consumer lag not back to 0 within {self.drain_bound:.0f} s")
        failures += [problem for h in self.health if (problem := h.problem())]
        return failures

    def summary_line(self) -> str:
        published = self.published
        stored = len(published & set(self.stored))
        drained = f"{self.drained_in:.0f}s" if self.drained_in is not None else "never"
        return (
            f"chaos: published={len(published)} stored={stored} missing={len(self.missing)} "
            f"duplicated={len(self.duplicated)} dead_lettered={len(self.dead_letters.from_raw)} "
            f"refused={len(self.ledger.refused)} drained_in={drained}"
        )


def _sample(seqs: list[int], size: int = 20) -> str:
    shown = ", ".join(f"{seq:06d}" for seq in seqs[:size])
    return shown + (f" … and {len(seqs) - size} more" if len(seqs) > size else "")
