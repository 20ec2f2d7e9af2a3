"""Least privilege against a real PostgreSQL: the read API's login reads and nothing else,
the store's login writes rows and nothing else, and the owner alone changes the schema.

The module has a database of its own, and logins named for this run, dropped at the end:
roles are cluster-wide. The group roles newsflow_writer and newsflow_reader are shared with
every other test database; their privileges, like any, belong to one database."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import psycopg
import pytest
from psycopg import sql

from newsflow.stack.ports import free_port
from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.domain import to_rows
from newsflow_store.migrations import migrate, roles
from tests.factories import canonical, enriched, quote, raw_article
from tests.integration.store.conftest import _with_database

pytestmark = pytest.mark.integration

EXIT_WITHIN_SECONDS = 120


@dataclass(frozen=True)
class Logins:
    admin: str  # the superuser, on this module's database
    owner: str
    store: str
    api: str


def ensure_group_roles(admin: str) -> None:
    """As a DBA would, following docs/database-roles.md; other tests may have made them."""
    with psycopg.connect(admin, autocommit=True) as conn:
        for role in (roles.WRITER_ROLE, roles.READER_ROLE):
            conn.execute(roles.CREATE_ROLE.format(role=role))


@pytest.fixture(scope="module")
def logins(database_url: str) -> Iterator[Logins]:
    run = uuid.uuid4().hex[:8]
    owner, store, api, database = (f"{job}_{run}" for job in ("owner", "store", "api", "roles"))
    ensure_group_roles(database_url)
    with psycopg.connect(database_url, autocommit=True) as conn:
        # The owner may not create roles: the migration must not need to.
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(owner)))
        for login, group in ((store, roles.WRITER_ROLE), (api, roles.READER_ROLE)):
            create = sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}")
            conn.execute(create.format(sql.Identifier(login), sql.Identifier(group)))
        create_db = sql.SQL("CREATE DATABASE {} OWNER {}")
        conn.execute(create_db.format(sql.Identifier(database), sql.Identifier(owner)))
    url = _with_database(database_url, database)

    def as_login(name: str) -> str:
        return url.replace("postgres@", f"{name}@", 1)

    found = Logins(url, as_login(owner), as_login(store), as_login(api))
    migrate(found.owner)
    yield found
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(database)))
        for login in (api, store, owner):
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))


def refused(url: str, statement: str) -> bool:
    """True when PostgreSQL refuses the statement for want of privilege."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("RESET ROLE")  # whatever the session was, it is the login now
        try:
            conn.execute(statement)  # type: ignore[arg-type]
        except psycopg.errors.InsufficientPrivilege:
            return True
    return False


API_MUST_NOT = [
    "INSERT INTO articles (article_id) VALUES ('x')",
    "UPDATE articles SET title = 'x'",
    "DELETE FROM articles",
    "TRUNCATE articles CASCADE",
    "INSERT INTO entities (name, type, kind) VALUES ('x', 'x', 'x')",
    "SELECT nextval(pg_get_serial_sequence('entities', 'entity_id'))",
    "CREATE TABLE api_was_here (x int)",
    "SELECT version_num FROM alembic_version",
    f"SET ROLE {roles.WRITER_ROLE}",
]
STORE_MUST_NOT = [
    "DROP TABLE quotes",
    "ALTER TABLE articles ADD COLUMN store_was_here int",
    "CREATE INDEX ON articles (title)",
    "CREATE TABLE store_was_here (x int)",
    "CREATE SCHEMA store_was_here",
    "TRUNCATE articles CASCADE",
    "UPDATE alembic_version SET version_num = 'x'",
]


@pytest.mark.parametrize("statement", API_MUST_NOT)
def test_the_api_login_cannot_write_even_after_reset_role(logins: Logins, statement: str) -> None:
    assert refused(logins.api, statement)


def test_the_api_login_reads_every_table(logins: Logins) -> None:
    tables = ["articles", "entities", "entity_keys", "entity_aliases", "article_entities", "quotes"]
    with psycopg.connect(logins.api) as conn:
        conn.execute("RESET ROLE")
        for table in tables:
            conn.execute(f"SELECT count(*) FROM {table}")  # type: ignore[arg-type]


@pytest.mark.parametrize("statement", STORE_MUST_NOT)
def test_the_store_login_cannot_change_the_schema(logins: Logins, statement: str) -> None:
    assert refused(logins.store, statement)


def has_privilege(logins: Logins, role: str, table: str, privilege: str) -> bool:
    query = "SELECT has_table_privilege(%s, %s, %s)"
    with psycopg.connect(logins.admin) as conn:
        row = conn.execute(query, (role, table, privilege)).fetchone()
    return bool(row and row[0])


def test_a_table_a_later_migration_creates_is_the_readers_to_read(logins: Logins) -> None:
    """ALTER DEFAULT PRIVILEGES: nobody has to remember a grant in the next migration."""
    with psycopg.connect(logins.owner, autocommit=True) as conn:
        conn.execute("CREATE TABLE later (id bigint GENERATED BY DEFAULT AS IDENTITY, note text)")
    with psycopg.connect(logins.store, autocommit=True) as conn:
        conn.execute("INSERT INTO later (note) VALUES ('written by the store')")
    with psycopg.connect(logins.api, autocommit=True) as conn:
        assert conn.execute("SELECT note FROM later").fetchall() == [("written by the store",)]
    assert refused(logins.api, "INSERT INTO later (note) VALUES ('x')")
    assert refused(logins.store, "DROP TABLE later")


def test_a_store_with_only_its_own_login_starts_on_a_current_schema(logins: Logins) -> None:
    """Migrations run elsewhere, as the owner: the store's own run has nothing to do."""
    migrate(logins.store)

    with psycopg.connect(logins.store) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() is not None
    assert has_privilege(logins, roles.WRITER_ROLE, "articles", "INSERT")
    assert not has_privilege(logins, roles.READER_ROLE, "articles", "INSERT")


async def test_the_store_writes_through_its_writer_login(logins: Logins) -> None:
    article = raw_article(body="Zelensky spoke in Kyiv.")
    kyiv = canonical("Kyiv", "PLACE", geonames_id=703448)
    first = enriched(
        article,
        canonical_entities=[canonical("Volodymyr Zelensky"), kyiv],
        quotes=[quote("We will win", "Zelensky", "PERSON:volodymyr zelensky")],
    )
    newer = enriched(article, canonical_entities=[kyiv], enriched_after=timedelta(hours=1))
    writer = PostgresWriter(logins.store)
    try:
        written = await writer.write(to_rows([first]))
        replaced = await writer.write(to_rows([newer]))  # links and quotes deleted, rewritten
        again = await writer.write(to_rows([newer]))
    finally:
        await writer.close()

    assert (list(written.stored_at), written.entities_inserted) == ([article.article_id], 2)
    assert list(replaced.stored_at) == [article.article_id] and again.stored_at == {}
    with psycopg.connect(logins.api) as conn:
        names = conn.execute(
            "SELECT e.name FROM article_entities JOIN entities AS e USING (entity_id)"
        ).fetchall()
    assert names == [("Kyiv",)]


def test_the_migration_without_createrole_points_at_the_docs(
    database_url: str,
    logins: Logins,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The owner may not create roles: nothing fails, the log says where the SQL is, and
    the first start-up after a DBA made the roles grants them their privileges."""
    run = uuid.uuid4().hex[:8]
    writer_role, reader_role = f"writer_{run}", f"reader_{run}"
    monkeypatch.setattr(roles, "WRITER_ROLE", writer_role)
    monkeypatch.setattr(roles, "READER_ROLE", reader_role)
    try:
        with caplog.at_level(logging.WARNING, logger=roles.__name__):
            migrate(logins.owner)
        assert roles.ROLES_DOC in caplog.text and writer_role in caplog.text
        ensure_group_roles(database_url)  # the DBA's turn
        migrate(logins.owner)  # the next start-up
        assert has_privilege(logins, writer_role, "articles", "INSERT")
        assert has_privilege(logins, reader_role, "articles", "SELECT")
        assert not has_privilege(logins, reader_role, "articles", "INSERT")
    finally:
        with psycopg.connect(logins.admin, autocommit=True) as conn:
            for role in (writer_role, reader_role):
                conn.execute(f"DROP OWNED BY {role}")  # type: ignore[arg-type]
                conn.execute(f"DROP ROLE IF EXISTS {role}")  # type: ignore[arg-type]


def start_api(env: dict[str, str], log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    variables = {**os.environ, "API_PORT": str(port), "API_STARTUP_WAIT_SECONDS": "30", **env}
    for name in ("DATABASE_URL", "API_DATABASE_URL"):
        if name not in env:
            variables.pop(name, None)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsflow_store.api"],
            env=variables,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    return process, f"http://127.0.0.1:{port}"


def exit_code(process: subprocess.Popen[bytes], log: Path) -> int:
    try:
        return process.wait(timeout=EXIT_WITHIN_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError(f"still running:\n{log.read_text()[-3000:]}") from None


@pytest.mark.parametrize(
    ("login", "reason"),
    [
        ("store", "API_DATABASE_URL's login can write: may DELETE, INSERT, UPDATE on articles"),
        ("owner", "API_DATABASE_URL's login can write"),
        ("admin", "is a superuser"),
        (None, "API_DATABASE_URL is not set"),
    ],
)
def test_the_api_in_production_refuses_a_login_that_can_write(
    logins: Logins, tmp_path: Path, login: str | None, reason: str
) -> None:
    env = {"NEWSFLOW_ENV": "production", "DATABASE_URL": logins.store}
    if login is not None:
        env["API_DATABASE_URL"] = getattr(logins, login)
    process, _ = start_api(env, tmp_path / "api.log")

    assert exit_code(process, tmp_path / "api.log") == 1
    output = (tmp_path / "api.log").read_text()
    assert "the read API refuses to start" in output and reason in output, output


def test_the_api_in_production_serves_with_a_login_that_only_reads(
    logins: Logins, tmp_path: Path
) -> None:
    env = {"NEWSFLOW_ENV": "production", "API_DATABASE_URL": logins.api}
    process, url = start_api(env, tmp_path / "api.log")
    try:
        deadline = time.monotonic() + EXIT_WITHIN_SECONDS
        while time.monotonic() < deadline and process.poll() is None:
            try:
                response = httpx.get(f"{url}/articles", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.5)
        else:
            raise AssertionError((tmp_path / "api.log").read_text()[-3000:])
        assert response.status_code == 200, response.text
    finally:
        process.terminate()
        process.wait(timeout=30)
