"""Alembic's entry point: runs the migrations online, under a lock, in one transaction, then
sets the services' roles' privileges (migrations/roles.py) in that same transaction."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool, text

from newsflow_store.migrations import URL_ATTRIBUTE, sqlalchemy_url
from newsflow_store.migrations.roles import provision
from newsflow_store.settings import StoreSettings

# Any fixed number: workers starting together queue on it instead of racing to CREATE TABLE.
MIGRATION_LOCK = 0x6E657773  # "news"


def database_url() -> str:
    given = context.config.attributes.get(URL_ATTRIBUTE)
    return str(given) if given else StoreSettings().migration_url.get_secret_value()


def run_migrations_online() -> None:
    engine = create_engine(sqlalchemy_url(database_url()), poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            context.run_migrations()
            provision(connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("newsflow-store migrations run online only")
run_migrations_online()
