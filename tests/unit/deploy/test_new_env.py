"""deploy/compose/new_env.py makes a .env that compose and the services accept."""

from __future__ import annotations

import subprocess
import sys

from pydantic import SecretStr

from newsflow_runtime.production import weakness
from tests.deploy_files import ROOT


def settings(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if line and line[0] != "#")
    return {name: value for name, value in pairs}


def test_every_empty_setting_gets_a_fresh_strong_secret_and_the_rest_stay() -> None:
    script = ROOT / "deploy" / "compose" / "new_env.py"
    runs = [
        subprocess.run([sys.executable, script], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    example = settings((ROOT / ".env.example").read_text())
    first, second = (settings(run.stdout) for run in runs)
    assert first.keys() == example.keys()
    for name, value in example.items():
        if value:
            assert first[name] == value
        else:
            assert weakness(SecretStr(first[name])) is None, name
            assert first[name] != second[name], f"{name} is not fresh"
