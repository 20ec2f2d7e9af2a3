"""`newsflow status --watch` piped or redirected: a plain table per interval, bounded by
--count, instead of a live redraw that a pipe never shows."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsflow import status
from newsflow.cli import app
from newsflow.status import Scrape, ServiceStatus

UP = ServiceStatus("enrich", True, True, (), 2.5, 3, 0, None, "0.1.0")


def _fake_collect(
    endpoints: Sequence[tuple[str, str]], interval: float, previous: Sequence[Scrape] | None = None
) -> tuple[list[ServiceStatus], list[Scrape]]:
    return [UP], []


def test_watch_with_count_prints_one_plain_table_per_interval(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFLOW_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setattr(status, "collect", _fake_collect)

    args = ["status", "--watch", "--count", "3", "--interval", "0.01"]
    result = CliRunner().invoke(app, args)

    assert result.exit_code == 0, result.output
    assert result.output.count("newsflow status at") == 3
    assert result.output.count("enrich") == 3 and "\x1b[" not in result.output


def test_watch_in_a_pipe_prints_snapshots_not_nothing() -> None:
    script = textwrap.dedent(
        """
        from rich.console import Console
        from newsflow import status
        from newsflow.status import ServiceStatus
        up = ServiceStatus("store", True, True, (), 1.0, None, 0, None, "0.1.0")
        status.collect = lambda endpoints, interval, previous=None: ([up], [])
        ok = status.show(Console(), [("store", "http://unused/metrics")], 0.01, True, 2)
        raise SystemExit(0 if ok else 1)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, timeout=120, check=True
    )
    assert done.stdout.count("newsflow status at") == 2 and "store" in done.stdout
