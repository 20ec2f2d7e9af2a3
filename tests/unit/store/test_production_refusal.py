"""In production the store and the read API refuse a weak database password, in one line,
before they connect to anything."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

WEAK = "postgresql://newsflow:postgres@127.0.0.1:1/newsflow"


@pytest.mark.parametrize(
    ("module", "variable"),
    [("newsflow_store", "DATABASE_URL"), ("newsflow_store.api", "API_DATABASE_URL")],
)
def test_a_weak_database_password_stops_the_service_in_production(
    module: str, variable: str
) -> None:
    env = {**os.environ, "NEWSFLOW_ENV": "production", variable: WEAK}
    done = subprocess.run(
        [sys.executable, "-m", module], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    output = done.stdout + done.stderr
    assert f"the password in {variable} is a well-known default value" in output
    assert "postgres@" not in output
