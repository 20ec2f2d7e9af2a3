"""What a chaos run prints before its verdict: faults, restarts, redeliveries, poison."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tests.chaos.verdict import Verdict

if TYPE_CHECKING:
    from tests.chaos.run import ChaosRun

INJECTED = "injected fault"  # how enrich logs an ENRICH_FAULT_* failure it injects


def print_report(run: ChaosRun, verdict: Verdict) -> None:
    for line in report_lines(run, verdict):
        print(f"chaos: {line}")
    print(verdict.summary_line(), flush=True)


def report_lines(run: ChaosRun, verdict: Verdict) -> list[str]:
    return [
        *_faults(run),
        *_restarts(run),
        *_publishing(run),
        _redeliveries(verdict),
        *_poison(verdict),
    ]


def _faults(run: ChaosRun) -> list[str]:
    return ["faults injected:"] + [
        f"  {at:6.1f}s {what}" for at, what in run.timeline.of_kind("fault")
    ]


def _restarts(run: ChaosRun) -> list[str]:
    by_service = run.supervisor.restarts_by_service()
    lines = ["restarts per service: " + ", ".join(f"{s}={n}" for s, n in by_service.items())]
    for replica in run.supervisor.replicas.values():
        times = ", ".join(f"{t:.0f}s" for t in replica.restarts) or "none"
        fired = _mentions(replica.log_file, INJECTED)
        lines.append(f"  {replica.name}: restarted at {times}; {fired} '{INJECTED}' log lines")
    return lines


def _mentions(log: Path, text: str) -> int:
    """Whether an injected fault fired, as far as the service says so in its log."""
    try:
        with log.open(errors="replace") as lines:
            return sum(text in line for line in lines)
    except OSError:
        return 0


def _publishing(run: ChaosRun) -> list[str]:
    ledger = run.ledger
    per_path: dict[str, int] = {}
    for path in ledger.published.values():
        per_path[path] = per_path.get(path, 0) + 1
    paths = ", ".join(
        f"{p}={n} ({ledger.retries[p]} retried attempts)" for p, n in per_path.items()
    )
    return [f"published per path: {paths}; last publish at {ledger.last_publish_at:.0f}s"]


def _redeliveries(verdict: Verdict) -> str:
    copies = verdict.enriched_copies
    again = {key: n for key, n in copies.items() if n > 1}
    most = max(again.values(), default=1)
    return (
        f"redeliveries: {len(copies)} article ids on the enriched topic, {len(again)} of them "
        f"enriched more than once ({sum(again.values()) - len(again)} extra events, at most "
        f"{most} copies of one)"
    )


def _poison(verdict: Verdict) -> list[str]:
    letters = verdict.dead_letters
    reasons = ", ".join(f"{r}={n}" for r, n in sorted(letters.reasons.items()))
    lines = [
        f"dead letters: {letters.total} on the topic, {len(letters.from_raw)} from the raw "
        f"topic ({reasons})",
        "poison and oversized messages:",
    ]
    for name, outcome in verdict.poison_outcomes().items():
        lines.append(f"  {name}: {outcome or 'UNACCOUNTED FOR'}")
    # A letter written before a worker was killed, its offset not yet committed, is
    # written again when the message is redelivered: say which, so a count above one per
    # poison is explained by the log, not guessed at.
    poison_of = {
        key: name for name, keys in verdict.ledger.expected_dead_letters.items() for key in keys
    }
    for key, copies in sorted(letters.keys.items()):
        if copies > 1 or key not in poison_of:
            what = poison_of.get(key, "no poison message: a valid article")
            lines.append(f"  key {key} dead-lettered ×{copies}: {what}")
    return lines
