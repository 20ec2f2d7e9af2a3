"""Logins as an operator would set them up (docs/database-roles.md): an owner that migrates,
the store's writer and the read API's reader, on a database of their own. Roles are
cluster-wide, so each set is named for its run and dropped at the end."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
from psycopg import sql

from newsflow_store.migrations import migrate, roles
from tests.integration.store.conftest import _with_database


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


def create_logins(database_url: str) -> Iterator[Logins]:
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
