"""Which database login the read API uses, and the start-up check that it can only read.

The API logs in as its own login, API_DATABASE_URL, a member of newsflow_reader. In
production (NEWSFLOW_ENV=production) it refuses to start without one, or with one that can
write through any role it has or may SET ROLE to: a superuser, an owner of the store's
tables, or a holder of INSERT, UPDATE, DELETE or TRUNCATE on one. In dev mode a login that
can write only earns a warning, and with no API_DATABASE_URL the API falls back to
DATABASE_URL and SET ROLE newsflow_reader, which any statement can undo with RESET ROLE."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import psycopg

from newsflow_store.migrations.roles import READER_ROLE, ROLES_DOC
from newsflow_store.settings import ApiSettings

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 5
RETRY_SECONDS = 1.0
MAX_REASONS = 3

IS_SUPERUSER = "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
STORE_TABLES = "SELECT to_regclass('articles') IS NOT NULL"
# Every role this login is, inherits or may SET ROLE to, against articles' schema and tables.
WRITE_POWERS = """
WITH mine AS (
    SELECT oid, rolname FROM pg_roles WHERE pg_has_role(current_user, oid, 'MEMBER')
), store_schema AS (
    SELECT oid, nspname, nspowner FROM pg_namespace
    WHERE oid = (SELECT relnamespace FROM pg_class WHERE oid = 'articles'::regclass)
), store_tables AS (
    SELECT oid, relowner, oid::regclass::text AS name FROM pg_class
    WHERE relkind IN ('r', 'p') AND relnamespace = (SELECT oid FROM store_schema)
), powers AS (
    SELECT 1 AS rank, format('%%I owns schema %%I', m.rolname, s.nspname) AS reason
    FROM mine AS m JOIN store_schema AS s ON s.nspowner = m.oid
    UNION ALL
    SELECT 2, format('%%I owns %%s', m.rolname, string_agg(t.name, ', ' ORDER BY t.name))
    FROM mine AS m JOIN store_tables AS t ON t.relowner = m.oid
    GROUP BY m.rolname
    UNION ALL
    SELECT CASE WHEN t.name = 'articles' THEN 3 ELSE 4 END,
           format('may %%s on %%s (as %%s)',
                  string_agg(DISTINCT p.privilege, ', '), t.name,
                  string_agg(DISTINCT m.rolname, ', '))
    FROM mine AS m, store_tables AS t,
         unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p(privilege)
    WHERE has_table_privilege(m.oid, t.oid, p.privilege)
    GROUP BY t.name
)
SELECT reason FROM powers ORDER BY rank, reason LIMIT %s
"""


class UnsafeLogin(Exception):
    """The read API must not start with this login."""


class NotChecked(Exception):
    """The login's privileges could not be checked (yet)."""


@dataclass(frozen=True)
class ReadLogin:
    url: str
    # Dev mode's fallback only: the role each session drops to.
    set_role: str | None = None


def choose_login(settings: ApiSettings) -> ReadLogin:
    """The login to read with; raises UnsafeLogin where production must not start."""
    production = settings.newsflow_env == "production"
    if settings.api_database_url is None:
        if production:
            raise UnsafeLogin(
                "API_DATABASE_URL is not set: in production the read API logs in only as a "
                f"login of its own that may only read ({ROLES_DOC})"
            )
        log.warning(
            "API_DATABASE_URL is not set: dev mode, so the API logs in with DATABASE_URL and "
            "drops to %s with SET ROLE, which any statement can undo. Give it a login that "
            "may only read (%s).",
            READER_ROLE,
            ROLES_DOC,
        )
        return ReadLogin(settings.database_url.get_secret_value(), READER_ROLE)
    login = ReadLogin(settings.api_database_url.get_secret_value())
    _check(login.url, settings.api_startup_wait_seconds, production)
    return login


def _check(url: str, wait_seconds: float, production: bool) -> None:
    try:
        powers = wait_for_write_powers(url, wait_seconds)
    except NotChecked as error:
        if production:
            raise UnsafeLogin(f"cannot check API_DATABASE_URL's privileges: {error}") from error
        log.warning("cannot check API_DATABASE_URL's privileges (dev mode, starting): %s", error)
        return
    if not powers:
        log.info("API_DATABASE_URL's login may only read")
        return
    message = (
        f"API_DATABASE_URL's login can write: {'; '.join(powers)}. Give the read API a login "
        f"that is only a member of {READER_ROLE} ({ROLES_DOC})"
    )
    if production:
        raise UnsafeLogin(message)
    log.warning("%s; dev mode, so starting anyway", message)


def wait_for_write_powers(url: str, wait_seconds: float) -> list[str]:
    """Retries while the database is unreachable or the store has not created its tables."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            powers = write_powers(url)
        except psycopg.OperationalError as error:
            reason = f"the database is unreachable ({error})"
        else:
            if powers is not None:
                return powers
            reason = "the store has not created its tables yet"
        if time.monotonic() >= deadline:
            raise NotChecked(f"{reason}, still after {wait_seconds:g} s")
        time.sleep(RETRY_SECONDS)


def write_powers(url: str) -> list[str] | None:
    """How this login could change the store's tables: nothing for a true reader; None
    before the tables exist."""
    with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_SECONDS, autocommit=True) as conn:
        [superuser] = conn.execute(IS_SUPERUSER).fetchone() or (False,)
        if superuser:
            return [f"{conn.info.user} is a superuser"]
        [migrated] = conn.execute(STORE_TABLES).fetchone() or (False,)
        if not migrated:
            return None
        return [reason for (reason,) in conn.execute(WRITE_POWERS, (MAX_REASONS,)).fetchall()]
