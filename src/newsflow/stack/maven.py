"""Maven over the stack's pom.xml: copy the broker's jars, or list them for the lock."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from importlib import resources
from pathlib import Path

from newsflow.stack._process import tail
from newsflow.stack.kafka_lock import KafkaJarsError

_MAVEN_TIMEOUT_S = 900


def maven_executable() -> str | None:
    return shutil.which("mvn")


def copy_dependencies(libs: Path, log_file: Path) -> None:
    """Let Maven put every runtime jar of the broker into `libs`."""
    _run("dependency:copy-dependencies", f"-DoutputDirectory={libs}", log_file=log_file)
    if not any(libs.glob("kafka_2.13-*.jar")):
        raise KafkaJarsError(f"Maven left no kafka_2.13 jar in {libs}; log {log_file}")


def list_dependencies(log_file: Path) -> str:
    """Maven's resolved runtime dependencies, each with the absolute path of its jar."""
    with tempfile.TemporaryDirectory(prefix="newsflow-kafka-lock-") as scratch:
        listing = Path(scratch) / "dependencies.txt"
        _run(
            "dependency:list",
            f"-DoutputFile={listing}",
            "-DoutputAbsoluteArtifactFilename=true",
            "-DoutputScope=true",
            log_file=log_file,
        )
        return listing.read_text()


def _run(goal: str, *options: str, log_file: Path) -> None:
    mvn = maven_executable()
    if mvn is None:
        raise KafkaJarsError("Maven (`mvn`) is needed here, but is not on PATH")
    with resources.as_file(resources.files("newsflow.stack") / "resources" / "pom.xml") as pom:
        command = [mvn, "-q", "-B", "-f", str(pom), goal, "-DincludeScope=runtime", *options]
        with log_file.open("w") as log:
            result = subprocess.run(
                command, stdout=log, stderr=subprocess.STDOUT, timeout=_MAVEN_TIMEOUT_S
            )
    if result.returncode != 0:
        raise KafkaJarsError(
            f"mvn {goal} failed (exit {result.returncode}); log {log_file}:\n{tail(log_file)}"
        )
