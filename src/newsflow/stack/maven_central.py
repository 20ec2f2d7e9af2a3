"""Kafka's jars straight from Maven Central over HTTPS, each checked against the lock.

The path for machines without Maven: nothing but Python is needed, and a jar whose
sha256 differs from the committed lock is refused rather than run.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx

from newsflow.stack.kafka_lock import KafkaJarsError, KafkaJarsLock, LockedJar, sha256_of

# The one place that names the repository the jars come from.
MAVEN_CENTRAL = "https://repo1.maven.org/maven2/"
_TIMEOUT = httpx.Timeout(60.0, connect=15.0)


def maven_central_client(transport: httpx.BaseTransport | None = None) -> httpx.Client:
    # No transport of our own by default: httpx then honours HTTPS_PROXY and friends, which
    # an explicit one would switch off. A failed fetch resumes on the next start instead.
    return httpx.Client(
        base_url=MAVEN_CENTRAL, transport=transport, timeout=_TIMEOUT, follow_redirects=True
    )


def download_jars(lock: KafkaJarsLock, libs: Path, client: httpx.Client) -> None:
    """Make `libs` hold exactly the locked jars, downloading those not already there intact."""
    libs.mkdir(parents=True, exist_ok=True)
    wanted = {jar.file_name for jar in lock.jars}
    for stray in libs.glob("*.jar"):
        if stray.name not in wanted:
            stray.unlink()  # another version's jar on the classpath would clash
    for jar in lock.jars:
        target = libs / jar.file_name
        if not (target.is_file() and sha256_of(target) == jar.sha256):
            _download(client, jar, target)


def _download(client: httpx.Client, jar: LockedJar, target: Path) -> None:
    # Written beside the target under a name the classpath's `*` skips, renamed once verified:
    # a crash or a bad download never leaves a partial or foreign jar under the real name.
    partial = target.with_name(f".{target.name}.part")
    digest = hashlib.sha256()
    try:
        with client.stream("GET", jar.repository_path) as response, partial.open("wb") as out:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                digest.update(chunk)
                out.write(chunk)
    except httpx.HTTPError as error:
        partial.unlink(missing_ok=True)
        raise KafkaJarsError(
            f"downloading {jar.file_name} failed: {error}; the jars already fetched are kept, "
            "so starting again resumes"
        ) from error
    if digest.hexdigest() != jar.sha256:
        partial.unlink()
        raise KafkaJarsError(
            f"refusing {jar.file_name} from {client.base_url}: its sha256 is "
            f"{digest.hexdigest()}, but the lock says {jar.sha256}"
        )
    partial.replace(target)
