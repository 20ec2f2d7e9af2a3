"""Detached server processes tracked by pid files.

The servers outlive the Python process that starts them (`newsflow run`
exits, `newsflow stop` comes later), so a pid file is the only handle.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections import deque
from pathlib import Path


def read_pid(pid_file: Path) -> int | None:
    """The pid stored in pid_file, or None if there is no usable one."""
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def write_pid(pid_file: Path, pid: int) -> None:
    pid_file.write_text(f"{pid}\n")


def process_alive(pid: int) -> bool:
    """True if pid names a live (non-zombie) process."""
    _reap_if_our_child(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, but belongs to someone else
    return not _is_zombie(pid)


def command_line(pid: int) -> str | None:
    """The process's command line joined by spaces; None where /proc is unavailable."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return raw.replace(b"\0", b" ").decode(errors="replace")


def terminate_group(pid: int, grace: float) -> None:
    """SIGTERM the process group led by pid; SIGKILL it if still alive after grace seconds."""
    _signal_group(pid, signal.SIGTERM)
    if wait_for_exit(pid, grace):
        return
    _signal_group(pid, signal.SIGKILL)
    wait_for_exit(pid, 5.0)


def wait_for_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while process_alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)
    return True


def tail(path: Path, lines: int = 60) -> str:
    """Last lines of a log file, for error messages."""
    try:
        with path.open(errors="replace") as log:
            return "".join(deque(log, maxlen=lines))
    except OSError as error:
        return f"<cannot read {path}: {error}>"


def _signal_group(pid: int, sig: signal.Signals) -> None:
    try:
        # The servers are started with start_new_session=True, so they lead
        # their own group; signalling the group also reaches any children.
        if os.getpgid(pid) == pid:
            os.killpg(pid, sig)
        else:
            os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _reap_if_our_child(pid: int) -> None:
    # A server started by this very process lingers as a zombie after it
    # exits until someone waits for it, and a zombie still answers kill(0).
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    # Field 3 follows the parenthesised command name, which may contain spaces.
    return stat.rsplit(")", 1)[-1].split()[0] == "Z"
