"""Prints .env.example with a fresh random secret in every empty setting:
    python3 deploy/compose/new_env.py > .env
Standard library only, so it runs before `make setup`."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parents[2] / ".env.example"


def filled(line: str) -> str:
    name, equals, value = line.partition("=")
    if line.startswith("#") or not equals or value.strip():
        return line
    return f"{name}={secrets.token_urlsafe(32)}"


def main() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    sys.stdout.write("".join(f"{filled(line)}\n" for line in lines))


if __name__ == "__main__":
    main()
