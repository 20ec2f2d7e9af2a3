"""A downstream app installs newsflow-schemas and gets the event contracts, nothing else."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

SCHEMAS = Path(__file__).parents[3] / "schemas"


def test_the_contracts_package_depends_on_pydantic_alone() -> None:
    project = tomllib.loads((SCHEMAS / "pyproject.toml").read_text())["project"]
    assert [d.split("==")[0] for d in project["dependencies"]] == ["pydantic"]


def test_importing_the_contracts_loads_no_runtime_library() -> None:
    probe = (
        "import sys, newsflow_schemas, newsflow_schemas.registry;"
        "print(sorted(m for m in ('prometheus_client', 'aiokafka', 'newsflow_runtime')"
        " if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
