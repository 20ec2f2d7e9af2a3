"""The chaos suite runs only when asked for by path (`make chaos`, `pytest tests/chaos`):
a bare `pytest` or `pytest tests` leaves out its ten minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent.resolve()


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.resolve() == HERE or not collection_path.name.startswith("test_"):
        return None
    asked = (Path(arg.split("::")[0]).resolve() for arg in config.args)
    return None if any(p == HERE or HERE in p.parents for p in asked) else True
