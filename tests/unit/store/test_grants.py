"""The grants the migration makes: exactly what each service needs, and nothing of alembic's."""

from __future__ import annotations

from newsflow_store.migrations.roles import Grantable, grant_statements, reader, writer

FOUND = Grantable(
    schema="public",
    database='"news db"',
    tables=("public.articles", "public.entities"),
    sequences=("public.entities_entity_id_seq",),
    version_table="public.alembic_version",
    may_create=True,
    may_grant_schema=True,
    may_grant_database=True,
)


def test_the_writer_reads_and_writes_rows_takes_entity_ids_and_reads_the_revision() -> None:
    assert grant_statements(writer(), FOUND) == [
        "REVOKE ALL ON TABLE public.alembic_version FROM newsflow_writer",
        "GRANT SELECT ON TABLE public.alembic_version TO newsflow_writer",
        "REVOKE ALL ON TABLE public.articles, public.entities FROM newsflow_writer",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.articles, public.entities "
        "TO newsflow_writer",
        "REVOKE ALL ON SEQUENCE public.entities_entity_id_seq FROM newsflow_writer",
        "GRANT USAGE ON SEQUENCE public.entities_entity_id_seq TO newsflow_writer",
        "GRANT USAGE ON SCHEMA public TO newsflow_writer",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE "
        "ON TABLES TO newsflow_writer",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO newsflow_writer",
        'GRANT CONNECT, TEMPORARY ON DATABASE "news db" TO newsflow_writer',
    ]


def test_the_reader_only_selects() -> None:
    assert grant_statements(reader(), FOUND) == [
        "REVOKE ALL ON TABLE public.alembic_version FROM newsflow_reader",
        "REVOKE ALL ON TABLE public.articles, public.entities FROM newsflow_reader",
        "GRANT SELECT ON TABLE public.articles, public.entities TO newsflow_reader",
        "REVOKE ALL ON SEQUENCE public.entities_entity_id_seq FROM newsflow_reader",
        "GRANT USAGE ON SCHEMA public TO newsflow_reader",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO newsflow_reader",
        'GRANT CONNECT ON DATABASE "news db" TO newsflow_reader',
    ]


def test_a_user_that_owns_and_creates_nothing_grants_nothing() -> None:
    """Say the store's own login, migrating a schema already at its latest revision."""
    bare = Grantable("public", "newsflow", (), (), None, False, False, False)

    assert grant_statements(writer(), bare) == grant_statements(reader(), bare) == []
