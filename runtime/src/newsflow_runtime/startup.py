"""A service that cannot work with its settings refuses to start in one log line, exit
status 1, never a traceback, as ingest does for unsafe tokens and the read API for a login
that may write: settings that do not validate, or a Kafka cluster that refuses its login."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from pydantic import ValidationError
from pydantic_settings import BaseSettings

from newsflow_runtime.kafka_access import KafkaRefused
from newsflow_runtime.kafka_settings import ENV_PREFIX, KafkaSettings
from newsflow_runtime.production import UnsafeSecretError

log = logging.getLogger(__name__)

EXIT_REFUSED_TO_START = 1
S = TypeVar("S", bound=BaseSettings)


def read_settings(settings_class: type[S]) -> S:
    """The service's settings, read once from the environment; or one line, and exit 1."""
    try:
        return settings_class()
    except ValidationError as error:
        log.critical("refusing to start: %s", invalid_settings(error))
        raise SystemExit(EXIT_REFUSED_TO_START) from None


def invalid_settings(error: ValidationError) -> str:
    """A settings error in one line, each problem with its variable, never with its value."""
    # Settings fields are named as their variables, KafkaSettings' after its prefix.
    prefix = ENV_PREFIX if error.title == KafkaSettings.__name__ else ""
    problems = []
    for problem in error.errors(include_input=False, include_url=False):
        message = problem["msg"].removeprefix("Value error, ")
        field = "_".join(str(part) for part in problem["loc"])
        problems.append(f"{(prefix + field).upper()}: {message}" if field else message)
    return f"invalid settings: {'; '.join(problems)}"


@contextmanager
def exit_on_refusal() -> Iterator[None]:
    """Around a service's run: a Kafka cluster refusing its login, or a secret unfit for
    production, is one line and exit 1."""
    try:
        yield
    except (KafkaRefused, UnsafeSecretError) as refusal:
        log.critical("refusing to start: %s", refusal)
        raise SystemExit(EXIT_REFUSED_TO_START) from None
