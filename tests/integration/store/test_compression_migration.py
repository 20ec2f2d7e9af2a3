"""Migration 0004: lz4 for the articles' body and event where the server was built with it,
and pglz kept, without an error, where it was not (the embedded server of the tests)."""

from __future__ import annotations

import pytest
from alembic import command

from newsflow_store.migrations import alembic_config, migrate
from tests.integration.store.conftest import NewDatabase
from tests.integration.store.helpers import query

pytestmark = pytest.mark.integration

COMPRESSION = """
SELECT attname, attcompression FROM pg_attribute
WHERE attrelid = 'articles'::regclass AND attname IN ('body', 'event')
"""
# The methods this server can compress with: lz4 is among them only if it was built with it.
METHODS = "SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'"


def compression(url: str) -> dict[str, str]:
    return {column: method for column, method in query(url, COMPRESSION)}


def test_0004_sets_lz4_where_the_server_has_it_and_applies_anyway(
    new_database: NewDatabase,
) -> None:
    url = new_database()

    migrate(url)

    [(methods,)] = query(url, METHODS)
    expected = "l" if "lz4" in methods else ""  # "": the server's default, pglz
    assert compression(url) == {"body": expected, "event": expected}
    command.downgrade(alembic_config(url), "0003")
    assert compression(url) == {"body": "", "event": ""}
