"""Least privilege: the two group roles the services log in through, and their grants.

- The owner is whoever runs the migrations (STORE_MIGRATION_DATABASE_URL): it owns every table.
- newsflow_writer, for the store's login: reads and writes rows, and nothing else (but
  reads which revision the schema is at).
- newsflow_reader, for the read API's login: reads rows, and nothing else.

Both are NOLOGIN roles that a login is made a member of (docs/database-roles.md). After every
upgrade, under the migration lock and in its transaction, `provision` creates them when the
migrating user may create roles, then sets exactly these privileges on every table and
sequence, and the default privileges that extend them to tables later migrations create.
Run again at each start-up, it also picks up roles a DBA created after the migration ran."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, text

log = logging.getLogger(__name__)

WRITER_ROLE = "newsflow_writer"
READER_ROLE = "newsflow_reader"
ROLES_DOC = "docs/database-roles.md"
# Alembic's bookkeeping: only the owner writes it. The writer may read it, so that a store
# that has only its own login can start where the schema is already at its latest revision.
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class Privileges:
    role: str
    tables: str
    sequences: str | None
    database: str
    version_table: str | None = None


def writer() -> Privileges:
    # USAGE on sequences: nextval() on entities' identity hands out entity ids; TEMPORARY:
    # articles arrive by COPY into a temp table (both in adapters/statements.py).
    return Privileges(
        WRITER_ROLE, "SELECT, INSERT, UPDATE, DELETE", "USAGE", "CONNECT, TEMPORARY", "SELECT"
    )


def reader() -> Privileges:
    return Privileges(READER_ROLE, "SELECT", None, "CONNECT")


@dataclass(frozen=True)
class Grantable:
    """What the migrating user owns in its schema, and may hand out; names are quoted."""

    schema: str
    database: str
    tables: tuple[str, ...]
    sequences: tuple[str, ...]
    version_table: str | None
    may_create: bool
    may_grant_schema: bool
    may_grant_database: bool


MAY_CREATE_ROLES = "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
EXISTING_ROLES = "SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"
CREATE_ROLE = """
DO $$ BEGIN
    CREATE ROLE {role} NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;  -- another database's migration created it first: roles are cluster-wide
END $$
"""
SCOPE = """
SELECT quote_ident(current_schema()), quote_ident(current_database()),
       has_schema_privilege(current_schema(), 'CREATE'),
       has_schema_privilege(current_schema(), 'USAGE WITH GRANT OPTION'),
       has_database_privilege(current_database(), 'CONNECT WITH GRANT OPTION')
"""
RELATIONS = """
SELECT format('%I.%I', n.nspname, c.relname), c.relkind = 'S', c.relname = :version
FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
  AND c.relowner = current_user::regrole
ORDER BY 1
"""


def provision(connection: Connection) -> None:
    """Creates the group roles if it may, and grants those that exist their privileges."""
    roles = _ensure_roles(connection)
    grantable = _grantable(connection)
    for privileges in (writer(), reader()):
        if privileges.role in roles:
            for statement in grant_statements(privileges, grantable):
                connection.execute(text(statement))


def grant_statements(privileges: Privileges, found: Grantable) -> list[str]:
    """Exactly these privileges: what the role held before on our objects is revoked first,
    in the same transaction, so nobody ever sees it with less."""
    role = privileges.role
    statements = []
    if found.version_table:
        statements.append(f"REVOKE ALL ON TABLE {found.version_table} FROM {role}")
        if privileges.version_table:
            statements.append(
                f"GRANT {privileges.version_table} ON TABLE {found.version_table} TO {role}"
            )
    if found.tables:
        tables = ", ".join(found.tables)
        statements.append(f"REVOKE ALL ON TABLE {tables} FROM {role}")
        statements.append(f"GRANT {privileges.tables} ON TABLE {tables} TO {role}")
    if found.sequences:
        sequences = ", ".join(found.sequences)
        statements.append(f"REVOKE ALL ON SEQUENCE {sequences} FROM {role}")
        if privileges.sequences:
            statements.append(f"GRANT {privileges.sequences} ON SEQUENCE {sequences} TO {role}")
    if found.may_grant_schema:
        statements.append(f"GRANT USAGE ON SCHEMA {found.schema} TO {role}")
    if found.may_create:  # the default privileges of objects this user will create
        default = f"ALTER DEFAULT PRIVILEGES IN SCHEMA {found.schema} GRANT"
        statements.append(f"{default} {privileges.tables} ON TABLES TO {role}")
        if privileges.sequences:
            statements.append(f"{default} {privileges.sequences} ON SEQUENCES TO {role}")
    if found.may_grant_database:
        statements.append(f"GRANT {privileges.database} ON DATABASE {found.database} TO {role}")
    return statements


def _ensure_roles(connection: Connection) -> set[str]:
    wanted = (WRITER_ROLE, READER_ROLE)
    existing = set(connection.execute(text(EXISTING_ROLES), {"names": list(wanted)}).scalars())
    missing = [role for role in wanted if role not in existing]
    if not missing:
        return existing
    if not connection.execute(text(MAY_CREATE_ROLES)).scalar():
        log.warning(
            "roles %s do not exist and %s may not create them: see %s for the SQL a DBA "
            "runs to create them. Until then the store and the read API can do whatever "
            "their own logins may; the first start-up after that grants the roles their "
            "privileges.",
            " and ".join(missing),
            connection.execute(text("SELECT current_user")).scalar(),
            ROLES_DOC,
        )
        return existing
    for role in missing:
        connection.execute(text(CREATE_ROLE.format(role=role)))
        log.info("created role %s (NOLOGIN); make a login a member of it", role)
    return set(wanted)


def _grantable(connection: Connection) -> Grantable:
    schema, database, may_create, may_grant_schema, may_grant_database = connection.execute(
        text(SCOPE)
    ).one()
    relations = connection.execute(text(RELATIONS), {"version": VERSION_TABLE}).all()
    return Grantable(
        schema=schema,
        database=database,
        tables=tuple(name for name, sequence, version in relations if not sequence and not version),
        sequences=tuple(name for name, sequence, _ in relations if sequence),
        version_table=next((name for name, _, version in relations if version), None),
        may_create=bool(may_create),
        may_grant_schema=bool(may_grant_schema),
        may_grant_database=bool(may_grant_database),
    )
