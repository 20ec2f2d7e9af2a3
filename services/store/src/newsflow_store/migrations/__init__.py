"""The store's schema, as alembic migrations that ship inside the package.

No alembic.ini: the configuration is built here, so `migrate(url)` works from an installed wheel."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import make_url

SCRIPT_LOCATION = Path(__file__).parent
URL_ATTRIBUTE = "newsflow_database_url"


def sqlalchemy_url(database_url: str) -> str:
    """postgresql://… (libpq's form) to postgresql+psycopg://…, which SQLAlchemy needs."""
    url = make_url(database_url.replace("postgres://", "postgresql://", 1))
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def alembic_config(database_url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    # An attribute, not a main option: configparser would choke on a '%' in a password.
    config.attributes[URL_ATTRIBUTE] = database_url
    return config


def migrate(database_url: str, revision: str = "head") -> None:
    """Brings the schema up to `revision`. Safe to run from several workers at once."""
    command.upgrade(alembic_config(database_url), revision)
