"""The ingest service as a real process refuses to start in production without a token it
can trust: one line saying why, a non-zero exit, and the token nowhere in its output.
It exits before it reaches for Kafka, so no broker is needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsflow.stack.ports import free_ports


def start_ingest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    http_port, metrics_port = free_ports(2)
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("INGEST_", "NEWSFLOW_"))}
    variables = {
        **inherited,
        "NEWSFLOW_HOME": str(tmp_path),
        "INGEST_HTTP_PORT": str(http_port),
        "INGEST_METRICS_PORT": str(metrics_port),
        "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:9",  # never reached
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "newsflow_ingest"],
        env=variables,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("tokens", "problem"),
    [
        (None, "INGEST_TOKENS is empty"),
        ("scraper:changeme", "INGEST_TOKENS is a well-known default value"),
    ],
    ids=["none", "default"],
)
def test_production_without_a_trusted_token_refuses_to_start(
    tmp_path: Path, tokens: str | None, problem: str
) -> None:
    configured = {} if tokens is None else {"INGEST_TOKENS": tokens}
    result = start_ingest(tmp_path, NEWSFLOW_ENV="production", **configured)

    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert f"refusing to start: {problem}; with NEWSFLOW_ENV=production" in line
    assert result.stdout == ""
    if tokens is not None:
        assert tokens.split(":")[-1] not in result.stderr


def test_a_token_named_unlike_a_source_refuses_to_start_in_one_line(tmp_path: Path) -> None:
    secret = "Q3v9-kT2mW8xZr4LpN7cY1bH6dJ0sF5a"
    result = start_ingest(tmp_path, INGEST_TOKENS=f"My Scraper:{secret}")

    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "refusing to start: INGEST_TOKENS: the token name 'My Scraper' is no source name" in line
    assert secret not in result.stderr
