"""Runs a service as its image would, without a container engine.

The Dockerfile's stage for the service gives the environment, the working directory, the
user and the command (tests/deploy_files.py reads them). The process starts in a mount
namespace of its own (`unshare --mount`, the tests run as root) where, as in a container
with a read-only root filesystem:

- the root filesystem is read-only, so a write anywhere but NEWSFLOW_HOME fails;
- the repository's virtualenv is mounted read-only at the image's /opt/venv, where the
  image's PATH finds `python`; its packages are the checkout's (editable), also read-only;
- NEWSFLOW_HOME is a directory of the test's, mounted at the image's path;
- /tmp and /dev/shm are fresh and empty (compose and Kubernetes give the same), and whatever
  the service leaves in them is reported when it stops;
- then `setpriv` drops to the image's uid and gid, with no groups and no capabilities.

The interpreter behind the virtualenv (sys.base_prefix) may sit under a directory closed to
other users, such as /root: that directory is covered, in the namespace only, by an empty
tmpfs into which the interpreter (and the checkout, if it is there too) is mounted back
read-only. Nothing on the machine changes; nothing is copied."""

from __future__ import annotations

import os
import shlex
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.deploy_files import ROOT, Image

VENV = Path(sys.prefix)
IMAGE_VENV = "/opt/venv"
LEFTOVER = "LEFTOVER "  # how the wrapper reports a file the service left in /tmp or /dev/shm
CHECKOUT = "/opt/.checkout"


def closed_ancestor(path: Path) -> Path | None:
    """The highest directory above `path` that other users cannot enter, if any."""
    for ancestor in reversed(path.parents):
        if not os.stat(ancestor).st_mode & stat.S_IXOTH:
            return ancestor
    return None


def _tmpfs(target: str | Path, mode: str = "0755") -> str:
    return f"mount -t tmpfs -o mode={mode} tmpfs {shlex.quote(str(target))}"


def _bind(source: str | Path, target: str | Path, read_only: bool = True) -> list[str]:
    source, target = shlex.quote(str(source)), shlex.quote(str(target))
    lines = [f"mkdir -p {target}", f"mount --bind {source} {target}"]
    return lines + ([f"mount -o remount,bind,ro {target}"] if read_only else [])


def _reveal(paths: list[Path], staging: Path) -> list[str]:
    """Mounts each path back, read-only, under the tmpfs that covers its closed ancestor."""
    hidden = [(path, closed_ancestor(path)) for path in paths]
    hidden = [(path, ancestor) for path, ancestor in hidden if ancestor is not None]
    lines = []
    for number, (path, _) in enumerate(hidden):
        lines += _bind(path, staging / str(number), read_only=False)
    lines += [_tmpfs(ancestor) for ancestor in sorted({a for _, a in hidden if a})]
    for number, (path, _) in enumerate(hidden):
        lines += _bind(staging / str(number), path)
    return lines


def _not_the_checkout() -> str:
    """find(1) tests that pass over the checkout, and the directories made to mount it, when
    it lives under /tmp: they are the test's, not something the service left behind."""
    mounted = [ROOT, *(p for p in ROOT.parents if p.is_relative_to("/tmp") and p != Path("/tmp"))]
    if not ROOT.is_relative_to("/tmp"):
        return ""
    prune = f"-path {shlex.quote(str(ROOT))} -prune -o"
    keep = " ".join(f"! -path {shlex.quote(str(p))}" for p in mounted)
    return f"{prune} {keep}"


def wrapper_script(image: Image, home: Path, staging: Path) -> str:
    """The namespace's set-up, as root, then the service as the image's user."""
    uid, _, gid = image.user.partition(":")
    [newsflow_home] = image.volumes  # the image's one writable place
    command = shlex.join(image.cmd)
    lines = [
        "set -eu",
        "mount --make-rprivate /",
        *_reveal([Path(sys.base_prefix), ROOT], staging),
        _tmpfs("/opt"),
        *_bind(VENV, IMAGE_VENV),
        # The checkout may itself live under /tmp (a CI clone): keep it reachable here while
        # /tmp is covered, then mount it back at its own path.
        *_bind(ROOT, CHECKOUT, read_only=False),
        _tmpfs(Path(newsflow_home).parent),
        *_bind(home, newsflow_home, read_only=False),
        "mount -o remount,bind,ro /",
        _tmpfs("/tmp", "1777"),
        _tmpfs("/dev/shm", "1777"),
        *_bind(CHECKOUT, ROOT),
        f"umount {CHECKOUT}",
        f"cd {shlex.quote(image.workdir)}",
        f"setpriv --reuid={uid} --regid={gid or uid} --clear-groups --inh-caps=-all "
        f"--bounding-set=-all --no-new-privs -- {command} &",
        "child=$!",
        "trap 'kill -TERM $child 2>/dev/null' TERM INT",
        # A trapped signal ends a wait early: wait again until the service has exited.
        "while :; do",
        "  wait $child && status=0 || status=$?",
        "  kill -0 $child 2>/dev/null || break",
        "done",
        f"find /tmp /dev/shm -mindepth 1 {_not_the_checkout()} -printf '{LEFTOVER}%p\\n'",
        "exit $status",
    ]
    return "\n".join(lines)


@dataclass
class ContainerProcess:
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def leftovers(self) -> list[str]:
        return [
            ln.removeprefix(LEFTOVER) for ln in self.log().splitlines() if ln.startswith(LEFTOVER)
        ]

    def stop(self, timeout: float = 60) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


@contextmanager
def run_as_image(
    image: Image, env: dict[str, str], home: Path, work: Path
) -> Iterator[ContainerProcess]:
    """The service, started as `image` says with `env` added (what compose or Kubernetes
    would set); stopped when the block ends. `home` becomes NEWSFLOW_HOME."""
    staging = work / "staging"
    staging.mkdir(parents=True, exist_ok=True)
    log_path = work / "service.log"
    script = wrapper_script(image, home, staging)
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            ["unshare", "--mount", "--propagation", "private", "/bin/sh", "-c", script],
            env={**image.env, **env},  # only what the container would have
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    running = ContainerProcess(process, log_path)
    try:
        yield running
    finally:
        running.stop()
