"""The embedded server (local stack and tests) is set up for the store's writes as a DBA
would set a production one: fewer checkpoints, durability untouched."""

from __future__ import annotations

import pytest

from tests.integration.store.helpers import query

pytestmark = pytest.mark.integration

SETTINGS = """
SELECT name, setting, unit FROM pg_settings
WHERE name IN ('max_wal_size', 'checkpoint_timeout', 'fsync', 'synchronous_commit',
               'full_page_writes')
"""


def test_checkpoints_are_spaced_out_and_every_commit_is_still_durable(database_url: str) -> None:
    settings = {name: (value, unit) for name, value, unit in query(database_url, SETTINGS)}

    assert settings["max_wal_size"] == ("4096", "MB")
    assert settings["checkpoint_timeout"] == ("900", "s")
    assert {
        name: settings[name][0] for name in ("fsync", "synchronous_commit", "full_page_writes")
    } == {
        "fsync": "on",
        "synchronous_commit": "on",
        "full_page_writes": "on",
    }
