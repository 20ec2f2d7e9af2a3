"""`make kafka-lock`: rewrite the committed Kafka jars lock from Maven's resolution of pom.xml."""

from __future__ import annotations

from pathlib import Path

from newsflow.stack.kafka_jars import KAFKA_VERSION, default_cache_dir
from newsflow.stack.kafka_lock import LOCK_NAME, KafkaLockError, lock_from_dependency_list
from newsflow.stack.maven import list_dependencies

LOCK_FILE = Path(__file__).parent / "resources" / LOCK_NAME


def write_lock(lock_file: Path, log_file: Path) -> int:
    """Resolve with Maven, hash every jar, write the lock; return how many jars it names."""
    lock = lock_from_dependency_list(list_dependencies(log_file))
    if lock.kafka_version != KAFKA_VERSION:
        raise KafkaLockError(
            f"pom.xml resolves Kafka {lock.kafka_version}, but the stack runs {KAFKA_VERSION}"
        )
    lock_file.write_text(lock.model_dump_json(indent=2) + "\n")
    return len(lock.jars)


def main() -> None:
    log_file = default_cache_dir().parent / "kafka-lock-maven.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    count = write_lock(LOCK_FILE, log_file)
    print(f"{LOCK_FILE}: Kafka {KAFKA_VERSION}, {count} jars")


if __name__ == "__main__":
    main()
