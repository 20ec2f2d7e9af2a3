"""`newsflow ingest` reports an article over a limit as invalid, with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsflow.cli import app
from newsflow_schemas.raw_article import MAX_BODY_CHARS


def test_a_file_over_a_limit_is_reported_invalid_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFLOW_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "300")
    article = tmp_path / "long.txt"
    article.write_text("Title\n\n" + "Word " * (MAX_BODY_CHARS // 5 + 1))

    result = CliRunner().invoke(app, ["ingest", "--dry-run", str(article)])

    assert result.exit_code == 1
    assert f"body: String should have at most {MAX_BODY_CHARS} characters" in result.output
    assert "would publish 0, duplicates 0, invalid 1" in result.output


def test_feed_fetch_failures_and_unchanged_feeds_are_reported_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsflow_ingest import bootstrap
    from newsflow_ingest.service import IngestReport

    async def polled(settings: object, urls: list[str]) -> IngestReport:
        return IngestReport(
            fetch_failed={"http://site/a": "page: http://site/a: HTTP 404"},
            unchanged=["http://site/atom"],
        )

    monkeypatch.setenv("NEWSFLOW_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "300")
    monkeypatch.setattr(bootstrap, "ingest_feeds", polled)

    result = CliRunner().invoke(app, ["ingest", "--feed", "http://site/rss"])

    assert result.exit_code == 1
    assert "fetch failed http://site/a: page: http://site/a: HTTP 404" in result.output
    assert "unchanged http://site/atom" in result.output and "invalid http" not in result.output
    assert "invalid 0, fetch failed 1, unchanged 1" in result.output


def test_bad_and_unreadable_files_fail_alone_one_line_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFLOW_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "80")  # long reasons must not wrap onto a second line
    good, binary, locked = tmp_path / "good.txt", tmp_path / "image.txt", tmp_path / "locked.txt"
    good.write_text("Harbour dredging approved\n\nThe plan was approved on Tuesday.\n")
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    locked.write_text("Title\n\nBody.\n")
    read_bytes = Path.read_bytes

    def refuse_locked(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse_locked)

    result = CliRunner().invoke(app, ["ingest", "--dry-run", str(tmp_path)])

    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith(f"invalid {binary}: not UTF-8") for line in lines)
    assert any(
        line.startswith(f"invalid {locked}: cannot read") and "Permission denied" in line
        for line in lines
    )
    assert lines[-1] == "would publish 1, duplicates 0, invalid 2"
