"""Fetch the Apache Kafka broker's jars from Maven Central, once per machine."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from newsflow.stack._process import tail

KAFKA_VERSION = "4.1.1"
_FETCHED_MARKER = ".fetched"
_MAVEN_TIMEOUT_S = 900


class KafkaJarsError(RuntimeError):
    """The Kafka jars could not be fetched."""


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
            # Leftovers of an interrupted fetch could mix jar versions.
            shutil.rmtree(libs, ignore_errors=True)
            _copy_dependencies(libs, cache_dir / "maven.log")
            (libs / _FETCHED_MARKER).write_text(f"kafka {KAFKA_VERSION}\n")
    return libs


def java_executable() -> str:
    java = shutil.which("java")
    if java is None:
        raise KafkaJarsError("Java 17+ is needed to run Kafka, but `java` is not on PATH")
    return java


def _fetched(libs: Path) -> bool:
    return (libs / _FETCHED_MARKER).is_file()


def _copy_dependencies(libs: Path, log_file: Path) -> None:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise KafkaJarsError("Maven (`mvn`) is needed to fetch the Kafka jars, but is not on PATH")
    with resources.as_file(resources.files(__package__) / "resources" / "pom.xml") as pom:
        command = [
            mvn,
            "-q",
            "-B",
            "-f",
            str(pom),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={libs}",
            "-DincludeScope=runtime",
        ]
        with log_file.open("w") as log:
            result = subprocess.run(
                command, stdout=log, stderr=subprocess.STDOUT, timeout=_MAVEN_TIMEOUT_S
            )
    if result.returncode != 0 or not any(libs.glob("kafka_2.13-*.jar")):
        raise KafkaJarsError(
            f"fetching Kafka {KAFKA_VERSION} jars failed (exit {result.returncode}); "
            f"maven log {log_file}:\n{tail(log_file)}"
        )


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
