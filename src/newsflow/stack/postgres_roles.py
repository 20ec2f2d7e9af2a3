"""The local PostgreSQL's logins: one per job, each a member of the role that says what it may do.

- newsflow_owner runs the store's migrations and owns the database, its schema and its tables;
- newsflow_store is a member of newsflow_writer: it reads and writes rows, nothing else;
- newsflow_api is a member of newsflow_reader: it reads rows, nothing else.

The privileges themselves are the migration's to grant (newsflow_store.migrations.roles);
this only creates the roles and the logins, as a DBA would with docs/database-roles.md.
Authentication stays trust on loopback, as for the superuser, so the logins have no
passwords: anyone on this machine may connect as anyone. What they buy locally is the same
layout as a deployment, so that a service that oversteps its role fails here first."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import sql

from newsflow.stack.postgres import PostgresNode, postgres_url

OWNER_LOGIN = "newsflow_owner"
STORE_LOGIN = "newsflow_store"
API_LOGIN = "newsflow_api"
WRITER_ROLE = "newsflow_writer"
READER_ROLE = "newsflow_reader"

# (role, LOGIN or NOLOGIN, member of)
ROLES = (
    (WRITER_ROLE, "NOLOGIN", None),
    (READER_ROLE, "NOLOGIN", None),
    (OWNER_LOGIN, "LOGIN", None),
    (STORE_LOGIN, "LOGIN", WRITER_ROLE),
    (API_LOGIN, "LOGIN", READER_ROLE),
)

# Tables an earlier stack's migrations created as the superuser pass to the owner, who runs
# the migrations now (their sequences follow them).
ADOPT_TABLES = """
SELECT format('ALTER TABLE %%I.%%I OWNER TO %%I', schemaname, tablename, %s::text)
FROM pg_tables
WHERE schemaname = 'public' AND tableowner IN (SELECT rolname FROM pg_roles WHERE rolsuper)
"""


@dataclass(frozen=True)
class ServiceLogins:
    """Each service's URL: STORE_MIGRATION_DATABASE_URL, DATABASE_URL, API_DATABASE_URL."""

    migration: str
    store: str
    api: str


def service_logins(node: PostgresNode) -> ServiceLogins:
    """Computed only, nothing is contacted."""

    def url(login: str) -> str:
        return f"postgresql://{login}@{node.host}:{node.port}/{node.database}"

    return ServiceLogins(url(OWNER_LOGIN), url(STORE_LOGIN), url(API_LOGIN))


def create_service_logins(node: PostgresNode) -> ServiceLogins:
    """Creates whatever of the roles is missing and hands the database to the owner."""
    with psycopg.connect(postgres_url(node), autocommit=True) as conn:
        existing = {name for (name,) in conn.execute("SELECT rolname FROM pg_roles")}
        for role, login, member_of in ROLES:
            if role not in existing:
                conn.execute(sql.SQL(f"CREATE ROLE {{}} {login}").format(sql.Identifier(role)))
            if member_of is not None:
                grant = sql.SQL("GRANT {} TO {}")
                conn.execute(grant.format(sql.Identifier(member_of), sql.Identifier(role)))
        database, owner = sql.Identifier(node.database), sql.Identifier(OWNER_LOGIN)
        conn.execute(sql.SQL("ALTER DATABASE {} OWNER TO {}").format(database, owner))
        for (statement,) in conn.execute(ADOPT_TABLES, (OWNER_LOGIN,)).fetchall():
            conn.execute(statement)
    return service_logins(node)
