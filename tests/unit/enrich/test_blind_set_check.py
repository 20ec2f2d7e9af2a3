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


def test_the_held_out_sets_pass(check: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    firsts = sorted(
        {int(p.name[:4]) // 100 * 100 for p in (EVAL / "entities" / "test").glob("*.json")}
    )
    assert firsts
    for first in firsts:
        gold = next((EVAL / "entities" / "test").glob(f"{first}_*.json"))
        round_number = int(json.loads(gold.read_text())["note"].split("Held out (round ")[1][:2])
        assert (
            check.main(
                [
                    "--round",
                    str(round_number),
                    "--first",
                    str(first),
                    str(EVAL / "entities" / "test"),
                ]
            )
            == 0
        )
        assert capsys.readouterr().out.startswith("22 gold files")


def test_an_alias_missing_from_its_article_is_named(
    check: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = next((EVAL / "entities" / "test").glob("*.json"))
    first = int(gold.name[:4])
    shutil.copy(gold, tmp_path / gold.name)
    shutil.copy(gold.with_suffix("").with_suffix(".fiction.txt"), tmp_path)
    data = json.loads(gold.read_text())
    data["entities"][0]["aliases"].append("Nowhere In The Text")
    (tmp_path / gold.name).write_text(json.dumps(data))
    round_number = int(data["note"].split("Held out (round ")[1][:2])
    assert check.main(["--round", str(round_number), "--first", str(first), str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "'Nowhere In The Text'" in out and "not in the text" in out
