"""The writers' format check (eval/briefs/check_blind_set.py) passes the held-out sets as
they are and names what a writer gets wrong."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[3] / "eval"


@pytest.fixture(scope="module")
def check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check", EVAL / "briefs" / "check_blind_set.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEST = EVAL / "entities" / "test"


def _run(check: ModuleType, gold: Path, test_dir: Path) -> int:
    """The check on the set `gold` opens, by its round (its note's) and first number."""
    note = json.loads(gold.read_text())["note"]
    round_number = note.split("Held out (round ")[1][:2]
    first = str(int(gold.name[:4]) // 100 * 100)
    return int(check.main(["--round", round_number, "--first", first, str(test_dir)]))


def test_the_held_out_sets_pass(check: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    firsts = sorted({int(p.name[:4]) // 100 * 100 for p in TEST.glob("*.json")})
    assert firsts
    for first in firsts:
        assert _run(check, next(TEST.glob(f"{first}_*.json")), TEST) == 0
        assert capsys.readouterr().out.startswith("22 gold files")


def test_an_alias_missing_from_its_article_is_named(
    check: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = next(TEST.glob("*.json"))
    shutil.copy(gold.with_suffix("").with_suffix(".fiction.txt"), tmp_path)
    data = json.loads(gold.read_text())
    data["entities"][0]["aliases"].append("Nowhere In The Text")
    (tmp_path / gold.name).write_text(json.dumps(data))
    assert _run(check, tmp_path / gold.name, tmp_path) == 1
    out = capsys.readouterr().out
    assert "'Nowhere In The Text'" in out and "not in the text" in out
