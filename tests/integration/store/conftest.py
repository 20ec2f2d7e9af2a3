"""A database of its own for every store test, on the session's PostgreSQL server."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from newsflow_store.migrations import migrate

NewDatabase = Callable[[], str]


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def new_database(database_url: str) -> Iterator[NewDatabase]:
    """Factory: an empty database no other test uses; dropped when the test ends."""
    created: list[str] = []

    def create() -> str:
        name = f"store_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return _with_database(database_url, name)

    yield create
    with psycopg.connect(database_url, autocommit=True) as conn:
        for name in created:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def store_database(new_database: NewDatabase) -> str:
    """URL of a fresh database with the store's schema applied."""
    url = new_database()
    migrate(url)
    return url
