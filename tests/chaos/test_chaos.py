"""The chaos suite (`make chaos`): the whole pipeline as supervised processes, thousands of
articles and dozens of poison messages through three doors, while processes are killed and
PostgreSQL and Kafka go away and come back. Nothing may be lost, duplicated or left unexplained.
See docs/chaos.md."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.chaos.run import ChaosRun
from tests.chaos.schedule import ChaosConfig


@pytest.mark.timeout(1500)
async def test_no_article_is_lost_duplicated_or_unexplained_under_faults() -> None:
    config = ChaosConfig.from_env()
    root = Path(tempfile.mkdtemp(prefix="newsflow-chaos-"))
    run = ChaosRun(config, root)
    try:
        verdict = await run.execute()
        failures = verdict.judge()
    except BaseException:
        run.print_logs()
        raise
    finally:
        await run.close()
    if failures:
        run.print_logs()
        print(f"chaos: logs and data kept in {root}")
    elif not config.keep:
        shutil.rmtree(root, ignore_errors=True)
    assert not failures, "chaos checks failed:\n" + "\n".join(failures)
