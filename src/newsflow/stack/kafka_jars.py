"""Fetch the Apache Kafka broker's jars once per machine: with Maven, or straight from
Maven Central against the committed lock when Maven is absent. Both fill the same cache."""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsflow.stack.kafka_lock import KafkaJarsError, read_lock
from newsflow.stack.maven import copy_dependencies, maven_executable
from newsflow.stack.maven_central import download_jars, maven_central_client

__all__ = ["KAFKA_VERSION", "KafkaJarsError", "default_cache_dir", "ensure_kafka_jars"]

KAFKA_VERSION = "4.1.1"
_FETCHED_MARKER = ".fetched"


def default_cache_dir() -> Path:
    """<repo root>/.cache/kafka/<version>, or ~/.cache/newsflow/... outside a checkout."""
    root = _repo_root()
    base = root / ".cache" if root is not None else Path.home() / ".cache" / "newsflow"
    return base / "kafka" / KAFKA_VERSION


def ensure_kafka_jars(cache_dir: Path | None = None) -> Path:
    """Return the directory holding every runtime jar, fetching them if needed."""
    cache_dir = cache_dir or default_cache_dir()
    libs = cache_dir / "libs"
    if _fetched(libs):
        return libs
    cache_dir.mkdir(parents=True, exist_ok=True)
    # Another process (a second test run, `newsflow run`) may be fetching too.
    with _exclusive_lock(cache_dir / ".lock"):
        if not _fetched(libs):
            _fetch(libs, cache_dir / "maven.log")
            (libs / _FETCHED_MARKER).write_text(f"kafka {KAFKA_VERSION}\n")
    return libs


def _fetch(libs: Path, log_file: Path) -> None:
    if maven_executable() is not None:
        # Leftovers of an interrupted fetch could mix jar versions.
        shutil.rmtree(libs, ignore_errors=True)
        copy_dependencies(libs, log_file)
        return
    lock = read_lock()
    if lock.kafka_version != KAFKA_VERSION:
        raise KafkaJarsError(f"the jar lock is Kafka {lock.kafka_version}'s, not {KAFKA_VERSION}'s")
    with maven_central_client() as client:
        download_jars(lock, libs, client)


def _fetched(libs: Path) -> bool:
    return (libs / _FETCHED_MARKER).is_file()


@contextmanager
def _exclusive_lock(lock_file: Path) -> Iterator[None]:
    with lock_file.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _repo_root() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        if (parent / "uv.lock").is_file():
            return parent
    return None
