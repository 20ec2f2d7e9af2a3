"""list, show and replay over any source of dead letters, journal and sender: the unit tests
run them with fakes, bootstrap with Kafka and SQLite."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from newsflow.dlq.journal import Journal
from newsflow.dlq.letters import (
    DlqError,
    LetterId,
    StoredLetter,
    matches,
    parse_id,
    replay_record,
    why_not_replayable,
)
from newsflow.dlq.views import (
    count_by_stage_and_reason,
    list_json,
    list_lines,
    show_json,
    show_lines,
    summary,
)
from newsflow_runtime.dead_letters import Send

Say = Callable[[str], None]


class LetterSource(Protocol):
    def letters(self) -> AsyncIterator[StoredLetter]: ...

    async def letter(self, letter_id: LetterId) -> StoredLetter: ...

    async def topics(self) -> set[str]: ...


@dataclass(frozen=True)
class Selection:
    """Which dead letters a command acts on; None matches any."""

    stage: str | None = None
    reason: str | None = None

    def __contains__(self, stored: StoredLetter) -> bool:
        return matches(stored, self.stage, self.reason)


@dataclass
class ReplayReport:
    dry_run: bool
    replayed: int = 0
    already_replayed: int = 0
    not_replayable: int = 0

    def summary(self) -> str:
        return (
            f"{'would replay' if self.dry_run else 'replayed'} {self.replayed}, "
            f"skipped already-replayed {self.already_replayed}, "
            f"not replayable {self.not_replayable}"
        )


async def list_letters(
    source: LetterSource,
    topic: str,
    journal: Journal,
    selection: Selection,
    *,
    every: bool = False,
    as_json: bool = False,
) -> list[str]:
    """Counts by stage and reason; with `every`, each letter's ID and summary too."""
    pairs: list[tuple[str, str]] = []
    found: list[tuple[LetterId, dict[str, Any]]] = []
    async for stored in source.letters():
        if stored in selection:
            pairs.append((stored.stage, stored.reason))
            if every:
                replayed = journal.replayed_at(stored.ref(topic), stored.fingerprint) is not None
                found.append((stored.id, summary(stored, replayed)))
    entries = [entry for _, entry in sorted(found, key=lambda pair: pair[0])]
    counts = count_by_stage_and_reason(pairs)
    if as_json:
        return [list_json(topic, counts, entries if every else None)]
    return list_lines(topic, counts, entries)


def resolve_id(text_id: str, topic: str) -> LetterId:
    """`P:O`, or `TOPIC:P:O` as in a replay's header, naming a letter on `topic`."""
    id_topic, letter_id = parse_id(text_id)
    if id_topic not in (None, topic):
        raise DlqError(f"{text_id} is on topic {id_topic}, not {topic} (see DEAD_LETTER_TOPIC)")
    return letter_id


async def show_letter(
    source: LetterSource,
    topic: str,
    journal: Journal,
    letter_id: LetterId,
    *,
    as_json: bool = False,
) -> list[str]:
    stored = await source.letter(letter_id)
    replayed_at = journal.replayed_at(stored.ref(topic), stored.fingerprint)
    if as_json:
        return [show_json(stored, topic, replayed_at)]
    return show_lines(stored, topic, replayed_at)


async def replay(
    source: LetterSource,
    topic: str,
    journal: Journal,
    send: Send | None,
    selection: Selection,
    *,
    again: bool = False,
    say: Say = print,
) -> ReplayReport:
    """Sends each selected, replayable letter's original message back to its topic, once.

    `send` None is a dry run. A letter is journaled only after the broker has its replay,
    so a crash in between sends that letter once more next time (not tested by a crash;
    the stages downstream keep one row per article, as the chaos suite's redeliveries show)."""
    report = ReplayReport(dry_run=send is None)
    verb = "would replay" if send is None else "replayed"
    existing_topics = await source.topics()
    async for stored in source.letters():
        if stored not in selection:
            continue
        ref, fingerprint = stored.ref(topic), stored.fingerprint
        why_not = why_not_replayable(stored, existing_topics)
        if why_not is not None:
            report.not_replayable += 1
            say(f"not replayable {stored.id} ({stored.stage}, {stored.reason}): {why_not}")
        elif not again and journal.replayed_at(ref, fingerprint) is not None:
            report.already_replayed += 1
        else:
            record = replay_record(stored, topic)
            if send is not None:
                await send(record.topic, record.key, record.value, record.headers)
                journal.record(ref, fingerprint, record.topic)
            report.replayed += 1
            say(f"{verb} {stored.id} to {record.topic} ({stored.stage}, {stored.reason})")
    return report
