"""Which database login each service of the local stack gets: one per role, and no more."""

from __future__ import annotations

from pathlib import Path

from newsflow.settings import StackSettings
from newsflow.stack.up import describe

HOST = "127.0.0.1:15432/newsflow"


def env(settings: StackSettings, service: str) -> dict[str, str]:
    [found] = [s for s in describe(settings).services if s.name == service]
    return found.env


def database_variables(variables: dict[str, str]) -> dict[str, str]:
    return {name: value for name, value in variables.items() if "DATABASE_URL" in name}


def test_on_the_local_postgres_each_service_logs_in_as_its_own_role() -> None:
    settings = StackSettings(newsflow_home=Path("/nowhere"), postgres_port=15432, database_url=None)

    assert database_variables(env(settings, "store")) == {
        "DATABASE_URL": f"postgresql://newsflow_store@{HOST}",
        "STORE_MIGRATION_DATABASE_URL": f"postgresql://newsflow_owner@{HOST}",
    }
    assert database_variables(env(settings, "api")) == {
        "API_DATABASE_URL": f"postgresql://newsflow_api@{HOST}"
    }
    assert database_variables(env(settings, "ingest")) == {}
    assert database_variables(env(settings, "enrich")) == {}


def test_the_cli_reads_with_the_api_login_and_prints_every_url() -> None:
    stack = describe(
        StackSettings(newsflow_home=Path("/nowhere"), postgres_port=15432, database_url=None)
    )

    assert stack.database_url == f"postgresql://newsflow_api@{HOST}"
    assert {
        f"DATABASE_URL=postgresql://newsflow_store@{HOST}",
        f"STORE_MIGRATION_DATABASE_URL=postgresql://newsflow_owner@{HOST}",
        f"API_DATABASE_URL=postgresql://newsflow_api@{HOST}",
    } <= set(stack.env_lines())


def test_on_the_users_own_postgres_store_and_api_get_database_url() -> None:
    """Their STORE_MIGRATION_DATABASE_URL and API_DATABASE_URL, if exported, pass through."""
    own = "postgresql://newsflow:secret@db.internal:5432/newsflow"
    settings = StackSettings(newsflow_home=Path("/nowhere"), postgres_port=15432, database_url=own)

    assert database_variables(env(settings, "store")) == {"DATABASE_URL": own}
    assert database_variables(env(settings, "api")) == {"DATABASE_URL": own}
    assert describe(settings).database_url == own
