"""What `newsflow dlq` prints, for people and for machines: pure functions of the letters."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from newsflow.dlq.letters import StoredLetter, why_not_replayable
from newsflow_schemas import DeadLetter

Headers = Iterable[tuple[str, bytes]] | Iterable[tuple[str, str]]


def count_by_stage_and_reason(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """How many of each (stage, reason): most frequent first, ties by stage, then reason."""
    counts = Counter(pairs)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def summary(stored: StoredLetter, replayed: bool) -> dict[str, Any]:
    """One letter in a line's worth of fields: `list --all`, and `list --json`."""
    letter = stored.letter
    return {
        "id": str(stored.id),
        "stage": stored.stage,
        "reason": stored.reason,
        "failed_at": letter.failed_at.isoformat() if letter else _written_at(stored),
        "key": letter.key if letter else _text(stored.key),
        "source": _source(stored),
        "error": letter.error if letter else stored.problem,
        "replayable": why_not_replayable(stored) is None,
        "replayed": replayed,
    }


def list_lines(
    topic: str, counts: dict[tuple[str, str], int], letters: Iterable[dict[str, Any]] = ()
) -> list[str]:
    total = sum(counts.values())
    lines = [f"{total} dead letter{'' if total == 1 else 's'} on {topic}"]
    if counts:
        counted = [(stage, reason, str(n)) for (stage, reason), n in counts.items()]
        lines += _columns(("stage", "reason", "count"), counted)
    rows = [(s["id"], s["stage"], s["reason"], s["failed_at"], _flags(s)) for s in letters]
    if rows:
        lines += ["", *_columns(("id", "stage", "reason", "failed at", ""), rows)]
    return lines


def list_json(
    topic: str, counts: dict[tuple[str, str], int], letters: Collection[dict[str, Any]] | None
) -> str:
    document: dict[str, Any] = {
        "topic": topic,
        "total": sum(counts.values()),
        "counts": [{"stage": s, "reason": r, "count": n} for (s, r), n in counts.items()],
    }
    if letters is not None:
        document["letters"] = list(letters)
    return json.dumps(document, ensure_ascii=False)


def show_lines(stored: StoredLetter, topic: str, replayed_at: float | None) -> list[str]:
    letter, why_not = stored.letter, why_not_replayable(stored)
    lines = [f"dead letter {stored.id} on {topic}, written {_written_at(stored)}"]
    fields = [("stage", stored.stage), ("reason", stored.reason)]
    if letter:
        error = f"{letter.error_class}: {letter.error}" if letter.error_class else letter.error
        fields += [("error", error), ("failed at", letter.failed_at.isoformat())]
        fields += [("source", _source(stored) or "-"), ("key", letter.key or "-")]
        fields += [("size", _payload_facts(letter))]
    else:
        fields += [("problem", stored.problem or "")]
    fields += [("replayable", "yes" if why_not is None else f"no: {why_not}")]
    if replayed_at is not None:
        fields += [("replayed", _iso(replayed_at))]
    lines += [f"{name + ':':<12}{value}" for name, value in fields]
    if letter:
        lines += ["", "original headers (restored by a replay):", *_header_lines(letter.headers)]
    lines += ["", "Kafka headers of the dead letter:", *_header_lines(stored.headers)]
    body = letter.payload if letter else _text(stored.value) or ""
    return [*lines, "", "payload:", pretty(body)]


def show_json(stored: StoredLetter, topic: str, replayed_at: float | None) -> str:
    letter = stored.letter
    return json.dumps(
        {
            **summary(stored, replayed_at is not None),
            "topic": topic,
            "not_replayable_because": why_not_replayable(stored),
            "kafka_headers": [[name, _text(value)] for name, value in stored.headers],
            "dead_letter": letter.model_dump(mode="json") if letter else None,
            "value": None if letter else _text(stored.value),
        },
        ensure_ascii=False,
    )


def pretty(payload: str) -> str:
    """JSON indented, anything else as it is."""
    try:
        return json.dumps(json.loads(payload), indent=2, ensure_ascii=False)
    except ValueError:
        return payload


def _columns(heading: Sequence[str], body: Iterable[Sequence[str]]) -> list[str]:
    rows = [heading, *body]
    widths = [max(len(cell) for cell in column) for column in zip(*rows, strict=True)]
    return ["  ".join(map(str.ljust, row, widths)).rstrip() for row in rows]


def _flags(entry: dict[str, Any]) -> str:
    flags = [] if entry["replayable"] else ["not replayable"]
    return ", ".join(flags + (["replayed"] if entry["replayed"] else []))


def _header_lines(headers: Headers) -> list[str]:
    lines = [f"  {name}: {_text(value)}" for name, value in headers]
    return lines or ["  (none)"]


def _payload_facts(letter: DeadLetter) -> str:
    size = f"{letter.payload_bytes} bytes" if letter.payload_bytes is not None else "size unknown"
    cut = ", truncated" if letter.payload_truncated else ""
    digest = f", sha256 {letter.payload_sha256}" if letter.payload_sha256 else ""
    return size + cut + digest


def _source(stored: StoredLetter) -> str | None:
    letter = stored.letter
    if letter is None or letter.source_topic is None:
        return None
    where = [letter.source_topic, letter.source_partition, letter.source_offset]
    return ":".join(str(part) for part in where if part is not None)


def _written_at(stored: StoredLetter) -> str:
    return _iso(stored.timestamp_ms / 1000)


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


def _text(value: bytes | str | None) -> str | None:
    if isinstance(value, bytes):
        return value.decode(errors="backslashreplace")
    return value
