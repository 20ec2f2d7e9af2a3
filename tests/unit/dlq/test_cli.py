"""`newsflow dlq` end to end through typer, with the Kafka adapters swapped for fakes."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiokafka.errors import KafkaTimeoutError
from typer.testing import CliRunner

from newsflow.cli import app
from newsflow.dlq import bootstrap
from newsflow_runtime.kafka_settings import KafkaSettings
from tests.unit.dlq.fakes import DLQ, FakeSend, FakeTopic, stored, truncated

LETTERS = [stored(0), stored(1, reason="too_large"), truncated(2)]


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> FakeSend:
    send = FakeSend()

    @asynccontextmanager
    async def open_topic(kafka: KafkaSettings, topic: str) -> AsyncIterator[FakeTopic]:
        assert (kafka.bootstrap_servers, topic) == ("broker:9092", DLQ)
        yield FakeTopic(LETTERS)

    @asynccontextmanager
    async def open_sender(kafka: KafkaSettings) -> AsyncIterator[FakeSend]:
        yield send

    monkeypatch.setattr(bootstrap, "open_topic", open_topic)
    monkeypatch.setattr(bootstrap, "open_sender", open_sender)
    return send


def dlq(home: Path, *args: str) -> tuple[int, str, str]:
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": "broker:9092",
        "DEAD_LETTER_TOPIC": DLQ,
        "NEWSFLOW_HOME": str(home),
    }
    result = CliRunner().invoke(app, ["dlq", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


def test_list_prints_counts_and_with_all_the_ids(tmp_path: Path, sent: FakeSend) -> None:
    code, out, _ = dlq(tmp_path, "list", "--all")
    assert code == 0
    assert out.startswith("3 dead letters on dlq\n")
    assert "enrich  invalid_raw_article  2" in out
    assert "\n0:1  enrich  too_large " in out


def test_list_json_is_one_document(tmp_path: Path, sent: FakeSend) -> None:
    code, out, _ = dlq(tmp_path, "list", "--json", "--reason", "too_large")
    assert code == 0
    assert json.loads(out)["counts"] == [{"stage": "enrich", "reason": "too_large", "count": 1}]


def test_show_prints_one_letter(tmp_path: Path, sent: FakeSend) -> None:
    code, out, _ = dlq(tmp_path, "show", "0:1")
    assert code == 0
    assert out.startswith("dead letter 0:1 on dlq")


def test_replay_twice_sends_once_and_journals_under_newsflow_home(
    tmp_path: Path, sent: FakeSend
) -> None:
    assert dlq(tmp_path, "replay", "--dry-run")[1].endswith(
        "would replay 2, skipped already-replayed 0, not replayable 1\n"
    )
    assert sent.sent == []
    assert not (tmp_path / "dlq").exists()
    code, out, _ = dlq(tmp_path, "replay")
    assert (code, out.splitlines()[-1]) == (
        0,
        "replayed 2, skipped already-replayed 0, not replayable 1",
    )
    assert (tmp_path / "dlq" / "replays.db").exists()
    code, out, _ = dlq(tmp_path, "replay")
    assert out.splitlines()[-1] == "replayed 0, skipped already-replayed 2, not replayable 1"
    assert len(sent.sent) == 2


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("show", "zero"), "bad dead-letter ID 'zero': expected <partition>:<offset>"),
        (("show", "9:9"), "no dead letter 9:9"),
        (("show", "other.topic:0:1"), "other.topic:0:1 is on topic other.topic, not dlq"),
    ],
)
def test_a_bad_or_unknown_id_is_one_line_and_exit_1(
    tmp_path: Path, sent: FakeSend, args: tuple[str, ...], error: str
) -> None:
    code, out, err = dlq(tmp_path, *args)
    assert (code, out) == (1, "")
    assert err.startswith(f"newsflow dlq: {error}")
    assert err.count("\n") == 1


def test_kafka_errors_are_one_line_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    @asynccontextmanager
    async def broken(bootstrap_servers: str, topic: str) -> AsyncIterator[FakeTopic]:
        raise KafkaTimeoutError("metadata")
        yield FakeTopic([])

    monkeypatch.setattr(bootstrap, "open_topic", broken)
    code, out, err = dlq(tmp_path, "list")
    assert (code, out) == (1, "")
    assert err == "newsflow dlq: Kafka at broker:9092: KafkaTimeoutError: metadata\n"


def test_the_id_scheme_is_in_the_help(tmp_path: Path) -> None:
    code, out, _ = dlq(tmp_path, "show", "--help")
    assert code == 0
    assert "<partition>:<offset>" in out
