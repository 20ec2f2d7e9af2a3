"""The one place that wires `newsflow dlq` to the real Kafka and the journal file."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Coroutine, Iterator
from contextlib import AbstractAsyncContextManager, closing, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import typer
from aiokafka.errors import KafkaError
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsflow.dlq import service
from newsflow.dlq.journal import open_journal
from newsflow.dlq.kafka import open_sender, open_topic
from newsflow.dlq.letters import DlqError
from newsflow.dlq.service import ReplayReport, Say, Selection
from newsflow.settings import StackSettings
from newsflow.stack.up import describe
from newsflow_runtime.dead_letters import Send
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import DEAD_LETTER_TOPIC

T = TypeVar("T")
_CLIENT_LOGS = logging.NullHandler()


class DlqSettings(BaseSettings):
    """The topic the services dead-letter to, from the variable they read it from."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    dead_letter_topic: str = DEAD_LETTER_TOPIC


@dataclass(frozen=True)
class DlqConfig:
    kafka: KafkaSettings
    topic: str
    journal_path: Path

    @classmethod
    def from_env(cls) -> DlqConfig:
        """The KAFKA_* variables or the local stack's Kafka, DEAD_LETTER_TOPIC, NEWSFLOW_HOME."""
        stack = StackSettings()
        return cls(
            kafka=describe(stack).kafka,
            topic=DlqSettings().dead_letter_topic,
            journal_path=stack.newsflow_home / "dlq" / "replays.db",
        )


@contextmanager
def one_line_errors() -> Iterator[None]:
    """A DlqError becomes one line on stderr and exit status 1, never a traceback."""
    try:
        yield
    except DlqError as error:
        typer.echo(f"newsflow dlq: {error}", err=True)
        raise typer.Exit(1) from None


def run_list(
    config: DlqConfig, selection: Selection, *, every: bool, as_json: bool, say: Say = print
) -> None:
    async def run() -> list[str]:
        async with open_topic(config.kafka, config.topic) as source:
            with closing(open_journal(config.journal_path, read_only=True)) as journal:
                return await service.list_letters(
                    source, config.topic, journal, selection, every=every, as_json=as_json
                )

    for line in _run(config, run()):
        say(line)


def run_show(config: DlqConfig, text_id: str, *, as_json: bool, say: Say = print) -> None:
    letter_id = service.resolve_id(text_id, config.topic)

    async def run() -> list[str]:
        async with open_topic(config.kafka, config.topic) as source:
            with closing(open_journal(config.journal_path, read_only=True)) as journal:
                return await service.show_letter(
                    source, config.topic, journal, letter_id, as_json=as_json
                )

    for line in _run(config, run()):
        say(line)


def run_replay(
    config: DlqConfig, selection: Selection, *, dry_run: bool, again: bool, say: Say = print
) -> ReplayReport:
    async def run() -> ReplayReport:
        sender: AbstractAsyncContextManager[Send | None] = (
            nullcontext() if dry_run else open_sender(config.kafka)
        )
        async with open_topic(config.kafka, config.topic) as source, sender as send:
            with closing(open_journal(config.journal_path, read_only=dry_run)) as journal:
                return await service.replay(
                    source, config.topic, journal, send, selection, again=again, say=say
                )

    report = _run(config, run())
    say(report.summary())
    return report


def _run(config: DlqConfig, work: Coroutine[Any, Any, T]) -> T:
    # aiokafka logs a failed connection itself; without a handler of ours, Python's last-resort
    # handler would print it beside our one line. An application's own logging still gets it.
    logging.getLogger("aiokafka").addHandler(_CLIENT_LOGS)
    try:
        return asyncio.run(work)
    except (KafkaError, OSError) as error:
        raise DlqError(f"Kafka at {config.kafka.bootstrap_servers}: {error}") from error
    except sqlite3.Error as error:
        raise DlqError(f"replay journal {config.journal_path}: {error}") from error
