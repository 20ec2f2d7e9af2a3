"""The local stack gives ingest its token, points at the right port for each face, and
`newsflow stack env` prints the token for clients as INGEST_TOKEN."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsflow.cli import app
from newsflow.settings import StackSettings
from newsflow.stack.tokens import token_path
from newsflow.stack.up import describe


def test_ingest_gets_the_stacks_token_and_a_port_for_each_face(tmp_path: Path) -> None:
    settings = StackSettings(
        newsflow_home=tmp_path, ingest_http_port=9101, ingest_metrics_port=9105
    )
    stack = describe(settings)
    [ingest] = [s for s in stack.services if s.name == "ingest"]
    token = token_path(tmp_path).read_text().strip()

    assert len(token) >= 40 and ingest.env["INGEST_TOKENS"] == token == stack.ingest_token
    assert (ingest.env["INGEST_HTTP_PORT"], ingest.env["INGEST_METRICS_PORT"]) == ("9101", "9105")
    assert ingest.url == "http://127.0.0.1:9101"
    assert ingest.metrics_url == "http://127.0.0.1:9105/metrics"
    assert describe(settings).ingest_token == token  # the same one, every time


def test_stack_env_prints_the_token_beside_the_endpoints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFLOW_HOME", str(tmp_path))
    variables = (
        "KAFKA_BOOTSTRAP_SERVERS",
        "DATABASE_URL",
        "INGEST_HTTP_PORT",
        "INGEST_METRICS_PORT",
    )
    for name in (*variables, "API_PORT"):
        monkeypatch.delenv(name, raising=False)

    result = CliRunner().invoke(app, ["stack", "env"])

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    token = token_path(tmp_path).read_text().strip()
    assert f"INGEST_TOKEN={token}" in lines
    assert "INGEST_URL=http://127.0.0.1:9101" in lines
    assert "INGEST_METRICS_URL=http://127.0.0.1:9105/metrics" in lines
    assert "API_URL=http://127.0.0.1:9104" in lines
