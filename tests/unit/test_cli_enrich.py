"""`newsflow enrich`: a bad file fails alone, and people see canonical entities, quotes
with speakers and the document sentiment; `--json` stays one EnrichedArticle a line."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsflow import offline
from newsflow.cli import app
from newsflow.offline import BatchEnricher, enrich_files
from newsflow_schemas import EnrichedArticle, RawArticle
from tests.languages import GERMAN

SEED = Path(__file__).parents[2] / "eval/entities/dev/001_arden_helix_takeover.fiction.txt"


class NamingEnricher:
    """Fails on articles whose title says so; records what it was given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def enrich_batch(self, articles: Sequence[RawArticle]) -> list[EnrichedArticle]:
        self.batches.append([a.title for a in articles])
        if any("Explodes" in a.title for a in articles):
            raise RuntimeError("model fell over")
        return []


def _files(tmp_path: Path) -> list[Path]:
    good = tmp_path / "good.txt"
    good.write_text("Harbour dredging approved\n\nThe plan was approved on Tuesday.\n")
    boom = tmp_path / "boom.txt"
    boom.write_text("Enricher Explodes\n\nA body that the fake enricher refuses.\n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    broken = tmp_path / "broken.json"
    broken.write_text('{"title": "x", "body": ')
    return [good, boom, binary, broken]


def test_unreadable_files_and_an_article_that_breaks_enrichment_fail_alone(
    tmp_path: Path,
) -> None:
    good, boom, binary, broken = _files(tmp_path)
    enricher = NamingEnricher()
    run = enrich_files([good, boom, binary, broken], enricher)
    reasons = {failure.path: failure.reason for failure in run.failed}
    assert set(reasons) == {boom, binary, broken}
    assert reasons[binary].startswith("not UTF-8") and reasons[broken].startswith("not JSON")
    assert "model fell over" in reasons[boom]
    assert ["Harbour dredging approved"] in enricher.batches  # enriched alone after the batch


def test_no_model_is_loaded_when_no_file_is_readable(tmp_path: Path) -> None:
    binary = _files(tmp_path)[2]
    assert enrich_files([binary]).failed[0].path == binary


@pytest.fixture(scope="module")
def real_enricher() -> BatchEnricher:
    return offline._default_enricher()


def test_the_table_shows_entities_quotes_and_sentiment_and_failures_one_line_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_enricher: BatchEnricher
) -> None:
    monkeypatch.setattr(offline, "_default_enricher", lambda: real_enricher)
    monkeypatch.setenv("COLUMNS", "200")
    binary = _files(tmp_path)[2]

    result = CliRunner().invoke(app, ["enrich", str(SEED), str(binary)])

    assert result.exit_code == 1
    out = result.stdout
    assert "Arden Semiconductor" in out and "ORG" in out and "mentions" in out
    assert "Margaret Okafor" in out and "speaker" in out and "sentiment positive" in out
    assert f"failed {binary}: not UTF-8" in result.stderr


def test_json_output_is_unchanged_and_failures_stay_off_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_enricher: BatchEnricher
) -> None:
    monkeypatch.setattr(offline, "_default_enricher", lambda: real_enricher)
    broken = _files(tmp_path)[3]

    result = CliRunner().invoke(app, ["enrich", "--json", str(SEED), str(broken)])

    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    enriched = EnrichedArticle.model_validate(json.loads(line))
    assert enriched.article.title.startswith("Chipmaker Arden")
    assert f"failed {broken}: not JSON" in result.stderr


def test_an_article_in_another_language_says_so_instead_of_a_sentiment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_enricher: BatchEnricher
) -> None:
    monkeypatch.setattr(offline, "_default_enricher", lambda: real_enricher)
    monkeypatch.setenv("COLUMNS", "200")
    german = tmp_path / "german.txt"
    german.write_text(GERMAN)

    result = CliRunner().invoke(app, ["enrich", str(german), str(SEED)])

    assert result.exit_code == 0
    assert "language de: not analysed" in result.stdout
    assert result.stdout.count("sentiment ") == 1  # the English seed's
