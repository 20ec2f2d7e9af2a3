"""The local stack's ingest token: made once, kept in NEWSFLOW_HOME, readable by its owner
only, so every later `newsflow stack up` and `stack env` use the same one."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

TOKEN_FILE = "ingest-token"


def token_path(home: Path) -> Path:
    return home / TOKEN_FILE


def ingest_token(home: Path) -> str:
    """The token in home/ingest-token; made first if there is none."""
    path = token_path(home)
    with contextlib.suppress(FileNotFoundError):
        return _read(path)
    home.mkdir(parents=True, exist_ok=True)
    _create(path, secrets.token_urlsafe(32))
    return _read(path)


def _create(path: Path, token: str) -> None:
    """Written whole to a private file (mode 0600), then linked into place, which fails if
    another process got there first: then its token, never half of one, is the one read."""
    descriptor, draft = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w") as file:
            file.write(f"{token}\n")
        with contextlib.suppress(FileExistsError):
            os.link(draft, path)
    finally:
        os.unlink(draft)


def _read(path: Path) -> str:
    return path.read_text().strip()
