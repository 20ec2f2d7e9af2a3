"""The two ways newsflow's logins come to exist, each on a database that the superuser
migrated before (the old layout): the DBA's SQL (deploy/postgres/roles.sql, which compose
runs too) and the local stack. After either, the owner migrates, the store writes through
its login, and the read API's login passes the production check.

Both use the real login names, newsflow_owner, newsflow_store and newsflow_api, and drop
them at the end of each test: roles are cluster-wide."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from newsflow.stack.postgres import PostgresNode
from newsflow.stack.postgres_roles import ServiceLogins, create_service_logins, service_logins
from newsflow.stack.postgres_tools import run_client
from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.api.login import write_powers
from newsflow_store.domain import to_rows
from newsflow_store.migrations import migrate
from tests.factories import canonical, enriched

pytestmark = pytest.mark.integration

ROLES_SQL = Path(__file__).parents[3] / "deploy" / "postgres" / "roles.sql"
LOGINS = ("newsflow_owner", "newsflow_store", "newsflow_api")


@pytest.fixture
def migrated_by_superuser(database_url: str) -> Iterator[PostgresNode]:
    """A database as the stack left it before there were roles; only its address is used."""
    name = f"roles_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        before = {role for (role,) in conn.execute("SELECT rolname FROM pg_roles")}
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    url = make_url(database_url).set(database=name)
    migrate(url.render_as_string(hide_password=False))
    assert url.port is not None
    yield PostgresNode(Path("unused"), url.port, database=name)
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')  # type: ignore[arg-type]
        for login in LOGINS:
            if login not in before:
                conn.execute(f"DROP ROLE {login}")  # type: ignore[arg-type]


async def assert_least_privilege(logins: ServiceLogins) -> None:
    migrate(logins.migration)
    writer = PostgresWriter(logins.store)
    try:
        event = enriched(canonical_entities=[canonical("Kyiv", "PLACE", geonames_id=703448)])
        result = await writer.write(to_rows([event]))
    finally:
        await writer.close()
    assert list(result.stored_at) == [event.article_id]
    assert write_powers(logins.api) == []
    assert write_powers(logins.store)
    with psycopg.connect(logins.api) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)


async def test_the_dbas_sql_sets_up_every_login(migrated_by_superuser: PostgresNode) -> None:
    node = migrated_by_superuser
    url = f"postgresql://postgres@{node.host}:{node.port}/{node.database}"
    passwords = [
        f"--set={job}_password=secret-{uuid.uuid4().hex}" for job in ("owner", "store", "api")
    ]
    for _ in range(2):  # a second run changes nothing
        result = run_client(
            ["psql", url, "--set=ON_ERROR_STOP=1", *passwords, "-f", str(ROLES_SQL)]
        )
        assert result.returncode == 0, result.stdout

    await assert_least_privilege(service_logins(node))


async def test_the_local_stack_sets_up_every_login(migrated_by_superuser: PostgresNode) -> None:
    create_service_logins(migrated_by_superuser)
    logins = create_service_logins(migrated_by_superuser)  # again: a no-op

    await assert_least_privilege(logins)
