"""Fixtures shared by the integration tests of more than one service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.logins import Logins, create_logins


@pytest.fixture(scope="module")
def logins(database_url: str) -> Iterator[Logins]:
    """The owner, store and API logins on a migrated database of this module's own."""
    yield from create_logins(database_url)
