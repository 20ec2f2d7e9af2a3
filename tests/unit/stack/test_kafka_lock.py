"""The committed lock of Kafka's jars: in step with the stack's pin, and strict when read."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from newsflow.stack.kafka_jars import KAFKA_VERSION
from newsflow.stack.kafka_lock import (
    KafkaLockError,
    lock_from_dependency_list,
    read_lock,
    sha256_of,
)

POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def test_the_committed_lock_is_for_the_kafka_the_stack_runs() -> None:
    lock = read_lock()
    assert lock.kafka_version == KAFKA_VERSION
    names = {jar.file_name for jar in lock.jars}
    assert f"kafka_2.13-{KAFKA_VERSION}.jar" in names
    assert f"kafka-clients-{KAFKA_VERSION}.jar" in names


def test_the_pom_maven_resolves_pins_the_same_kafka() -> None:
    pom = resources.files("newsflow.stack") / "resources" / "pom.xml"
    root = ElementTree.fromstring(pom.read_text())
    assert root.findtext("m:properties/m:kafka.version", namespaces=POM_NS) == KAFKA_VERSION


LISTING = """
The following files have been resolved:
   org.apache.kafka:kafka_2.13:jar:{kafka}:compile:{dir}/kafka_2.13-{kafka}.jar
   com.github.luben:zstd-jni:jar:1.5.6-10:runtime:{dir}/zstd-jni-1.5.6-10.jar -- module com.x
   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.0:runtime:{dir}/epoll.jar

"""


def test_a_lock_is_built_from_mavens_dependency_list(tmp_path: Path) -> None:
    contents = {
        f"kafka_2.13-{KAFKA_VERSION}.jar": b"kafka",
        "zstd-jni-1.5.6-10.jar": b"zstd",
        "epoll.jar": b"epoll",
    }
    for name, content in contents.items():
        (tmp_path / name).write_bytes(content)

    lock = lock_from_dependency_list(LISTING.format(kafka=KAFKA_VERSION, dir=tmp_path))

    assert lock.kafka_version == KAFKA_VERSION
    by_artifact = {jar.artifact: jar for jar in lock.jars}
    assert by_artifact["zstd-jni"].version == "1.5.6-10"
    assert by_artifact["zstd-jni"].sha256 == sha256_of(tmp_path / "zstd-jni-1.5.6-10.jar")
    epoll = by_artifact["netty-transport-native-epoll"]
    assert (epoll.classifier, epoll.version) == ("linux-x86_64", "4.1.0")
    assert epoll.file_name == "netty-transport-native-epoll-4.1.0-linux-x86_64.jar"
    assert epoll.repository_path == (
        "io/netty/netty-transport-native-epoll/4.1.0/"
        "netty-transport-native-epoll-4.1.0-linux-x86_64.jar"
    )


def test_a_dependency_list_without_kafka_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zstd-jni-1.5.6-10.jar").write_bytes(b"zstd")
    listing = f"   com.github.luben:zstd-jni:jar:1.5.6-10:runtime:{tmp_path}/zstd-jni-1.5.6-10.jar"
    with pytest.raises(KafkaLockError, match=r"kafka_2\.13"):
        lock_from_dependency_list(listing)


def valid_lock() -> dict[str, Any]:
    jar = {"group": "org.apache.kafka", "artifact": "kafka_2.13", "version": KAFKA_VERSION}
    return {"kafka_version": KAFKA_VERSION, "jars": [{**jar, "sha256": "a" * 64}]}


def edited(change: str) -> dict[str, Any]:
    lock = valid_lock()
    jar = lock["jars"][0]
    if change == "path in artifact":
        jar["artifact"] = "../../../etc/cron.d/kafka_2.13"
    elif change == "short sha256":
        jar["sha256"] = "a" * 63
    elif change == "upper-case sha256":
        jar["sha256"] = "A" * 64
    elif change == "same jar twice":
        lock["jars"].append(dict(jar))
    elif change == "other kafka":
        lock["kafka_version"] = "3.9.0"
    elif change == "unknown field":
        jar["url"] = "http://example.test/kafka.jar"
    return lock


@pytest.mark.parametrize(
    "change",
    [
        "path in artifact",
        "short sha256",
        "upper-case sha256",
        "same jar twice",
        "other kafka",
        "unknown field",
    ],
)
def test_a_malformed_lock_is_refused(tmp_path: Path, change: str) -> None:
    path = tmp_path / "lock.json"
    path.write_text(json.dumps(valid_lock()))
    assert read_lock(path).kafka_version == KAFKA_VERSION  # the unedited lock is fine

    path.write_text(json.dumps(edited(change)))
    with pytest.raises(KafkaLockError, match="unusable"):
        read_lock(path)


def test_a_lock_that_is_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lock.json"
    path.write_text("kafka_2.13 4.1.1 e89428126cc7")
    with pytest.raises(KafkaLockError, match="unusable"):
        read_lock(path)
