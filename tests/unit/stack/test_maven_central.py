"""Kafka's jars downloaded against the lock: verified, atomic, and refused when tampered.

A local directory plays Maven Central behind httpx's MockTransport, so no network is used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from newsflow.stack import kafka_jars
from newsflow.stack.kafka_jars import KAFKA_VERSION, ensure_kafka_jars
from newsflow.stack.kafka_lock import KafkaJarsError, KafkaJarsLock, LockedJar, sha256_of
from newsflow.stack.maven_central import MAVEN_CENTRAL, download_jars, maven_central_client

COORDINATES = [
    ("org.apache.kafka", "kafka_2.13", KAFKA_VERSION),
    ("org.apache.kafka", "kafka-clients", KAFKA_VERSION),
    ("com.github.luben", "zstd-jni", "1.5.6-10"),
]


class LocalRepository:
    """Jars laid out as in a Maven repository, served over a mock transport; logs requests."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.requested: list[str] = []
        jars = []
        for group, artifact, version in COORDINATES:
            jar = LockedJar(group=group, artifact=artifact, version=version, sha256="0" * 64)
            path = root / jar.repository_path
            path.parent.mkdir(parents=True)
            path.write_bytes(f"PK {artifact} {version}".encode() * 1000)
            jars.append(jar.model_copy(update={"sha256": sha256_of(path)}))
        self.lock = KafkaJarsLock(kafka_version=KAFKA_VERSION, jars=tuple(jars))

    def file(self, jar: LockedJar) -> Path:
        return self.root / jar.repository_path

    def client(self) -> httpx.Client:
        return maven_central_client(httpx.MockTransport(self._serve))

    def _serve(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        self.requested.append(url)
        path = self.root / url.removeprefix(MAVEN_CENTRAL)
        if not url.startswith(MAVEN_CENTRAL) or not path.is_file():
            return httpx.Response(404)
        return httpx.Response(200, content=path.read_bytes())


@pytest.fixture
def repository(tmp_path: Path) -> LocalRepository:
    return LocalRepository(tmp_path / "repository")


def download(repository: LocalRepository, libs: Path) -> None:
    with repository.client() as client:
        download_jars(repository.lock, libs, client)


def test_every_locked_jar_is_downloaded_from_maven_central_intact(
    repository: LocalRepository, tmp_path: Path
) -> None:
    libs = tmp_path / "libs"
    download(repository, libs)

    assert sorted(path.name for path in libs.iterdir()) == sorted(
        jar.file_name for jar in repository.lock.jars
    )
    for jar in repository.lock.jars:
        assert (libs / jar.file_name).read_bytes() == repository.file(jar).read_bytes()
    assert repository.requested == [
        MAVEN_CENTRAL + jar.repository_path for jar in repository.lock.jars
    ]


def test_a_tampered_jar_is_refused_and_never_lands_under_its_name(
    repository: LocalRepository, tmp_path: Path
) -> None:
    tampered = repository.lock.jars[1]
    with repository.file(tampered).open("ab") as jar:
        jar.write(b"one extra byte is enough")
    libs = tmp_path / "libs"

    with pytest.raises(
        KafkaJarsError, match=rf"refusing {re.escape(tampered.file_name)}.*lock says"
    ):
        download(repository, libs)

    assert not (libs / tampered.file_name).exists()
    assert not list(libs.glob(".*.part")), "a refused download left its temporary file"


def test_intact_cached_jars_are_kept_and_damaged_or_stray_ones_replaced(
    repository: LocalRepository, tmp_path: Path
) -> None:
    libs = tmp_path / "libs"
    download(repository, libs)
    kept, damaged, _ = repository.lock.jars
    (libs / damaged.file_name).write_bytes(b"truncated")
    (libs / "kafka_2.13-3.9.0.jar").write_bytes(b"another version's jar")
    repository.requested.clear()

    download(repository, libs)

    assert repository.requested == [MAVEN_CENTRAL + damaged.repository_path]
    assert sha256_of(libs / damaged.file_name) == damaged.sha256
    assert sha256_of(libs / kept.file_name) == kept.sha256
    assert not (libs / "kafka_2.13-3.9.0.jar").exists()


def test_a_jar_missing_from_the_repository_is_a_clear_error(
    repository: LocalRepository, tmp_path: Path
) -> None:
    missing = repository.lock.jars[0]
    repository.file(missing).unlink()
    with pytest.raises(
        KafkaJarsError, match=rf"downloading {re.escape(missing.file_name)} failed.*404"
    ):
        download(repository, tmp_path / "libs")


@pytest.fixture
def without_maven(
    repository: LocalRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], Path]:
    """ensure_kafka_jars on a PATH without mvn, its lock and Maven Central the local ones."""
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))
    monkeypatch.setattr(kafka_jars, "read_lock", lambda: repository.lock)
    monkeypatch.setattr(kafka_jars, "maven_central_client", repository.client)
    return lambda: ensure_kafka_jars(tmp_path / "cache")


def test_without_maven_the_stack_fetches_from_the_lock_and_marks_the_cache(
    repository: LocalRepository, without_maven: Callable[[], Path]
) -> None:
    libs = without_maven()
    assert {path.name for path in libs.glob("*.jar")} == {
        jar.file_name for jar in repository.lock.jars
    }
    repository.requested.clear()
    assert without_maven() == libs
    assert repository.requested == [], "a fetched cache was fetched again"


def test_a_refused_jar_leaves_the_cache_unmarked_until_a_good_fetch(
    repository: LocalRepository, without_maven: Callable[[], Path]
) -> None:
    tampered = repository.lock.jars[0]
    original = repository.file(tampered).read_bytes()
    repository.file(tampered).write_bytes(original.replace(b"PK", b"XX", 1))

    with pytest.raises(KafkaJarsError, match="refusing"):
        without_maven()

    repository.file(tampered).write_bytes(original)
    libs = without_maven()
    assert (libs / ".fetched").is_file()
    assert sha256_of(libs / tampered.file_name) == tampered.sha256


def test_a_broken_connection_is_a_clear_error_and_keeps_what_was_fetched(
    repository: LocalRepository, tmp_path: Path
) -> None:
    first, second, _ = repository.lock.jars

    def drop_after_the_first(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(first.file_name):
            return httpx.Response(200, content=repository.file(first).read_bytes())
        raise httpx.ConnectError("connection reset", request=request)

    libs = tmp_path / "libs"
    with (
        maven_central_client(httpx.MockTransport(drop_after_the_first)) as client,
        pytest.raises(KafkaJarsError, match=rf"{re.escape(second.file_name)}.*resumes"),
    ):
        download_jars(repository.lock, libs, client)

    assert [path.name for path in libs.iterdir()] == [first.file_name]
