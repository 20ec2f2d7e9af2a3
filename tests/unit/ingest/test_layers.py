"""The ingest package keeps its layers: a pure domain, a service layer behind ports, adapters."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import newsflow_ingest

PACKAGE = Path(newsflow_ingest.__file__).parent
INFRASTRUCTURE = ("aiokafka", "fastapi", "starlette", "httpx", "prometheus_client", "uvicorn")


def imported_modules(folder: Path) -> set[str]:
    names: set[str] = set()
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
    return names


def test_the_domain_loads_no_infrastructure_even_indirectly() -> None:
    code = (
        "import sys, newsflow_ingest.domain, newsflow_ingest.domain.feed_entry;"
        f"print(sorted(m for m in {INFRASTRUCTURE!r} if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"


def test_the_domain_imports_nothing_from_the_other_layers() -> None:
    outside = ("newsflow_ingest.service", "newsflow_ingest.adapters", "newsflow_runtime")
    assert not {m for m in imported_modules(PACKAGE / "domain") if m.startswith(outside)}


def test_the_service_layer_reaches_adapters_only_through_its_ports() -> None:
    forbidden = (
        *INFRASTRUCTURE,
        "sqlite3",
        "newsflow_ingest.adapters",
        "newsflow_ingest.bootstrap",
    )
    found = {m for m in imported_modules(PACKAGE / "service") if m.startswith(forbidden)}
    assert not found
