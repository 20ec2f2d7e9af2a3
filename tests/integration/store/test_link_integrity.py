"""Migration 0004: the links' foreign keys became statement-level triggers. Each rule the keys
kept is broken here on purpose, and PostgreSQL must still refuse it (or cascade, as before)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import psycopg
import pytest
from alembic import command

from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.domain import full_event, to_rows
from newsflow_store.migrations import alembic_config, migrate
from tests.factories import canonical, enriched, quote
from tests.integration.store.conftest import NewDatabase
from tests.integration.store.helpers import query

pytestmark = pytest.mark.integration

LINK = "INSERT INTO article_entities VALUES (%s, %s, 1, 0.5, NULL, 0)"


@pytest.fixture
async def stored(store_database: str) -> AsyncIterator[tuple[str, str, int]]:
    """A database holding one article linked to one entity: (url, article_id, entity_id)."""
    event = enriched(canonical_entities=[canonical("Kyiv", "PLACE")], quotes=[quote("Yes.")])
    writer = PostgresWriter(store_database)
    await writer.write(to_rows([event]))
    await writer.close()
    [(entity_id,)] = query(store_database, "SELECT entity_id FROM entities")
    yield store_database, event.article_id, entity_id


def refused(url: str, statement: str, *params: object) -> str:
    """The message of the foreign-key violation the statement must raise."""
    with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.ForeignKeyViolation) as error:
        conn.execute(statement, params)  # type: ignore[arg-type]
    return str(error.value)


def test_a_link_to_a_missing_entity_is_refused(stored: tuple[str, str, int]) -> None:
    url, article_id, entity_id = stored

    message = refused(url, LINK, article_id, entity_id + 1)

    assert f"({article_id}, {entity_id + 1}) names a missing article or entity" in message


def test_a_link_to_a_missing_article_is_refused(stored: tuple[str, str, int]) -> None:
    url, _, entity_id = stored

    refused(url, LINK, "f" * 32, entity_id)
    refused(url, "UPDATE article_entities SET article_id = %s", "f" * 32)

    assert query(url, "SELECT count(*) FROM article_entities") == [(1,)]


def test_deleting_an_article_deletes_its_links(stored: tuple[str, str, int]) -> None:
    url, article_id, entity_id = stored

    query(url, "DELETE FROM articles WHERE article_id = %s RETURNING 1", article_id)

    assert query(url, "SELECT count(*) FROM article_entities") == [(0,)]
    assert query(url, "SELECT count(*) FROM quotes") == [(0,)]
    query(url, "DELETE FROM entity_keys WHERE entity_id = %s RETURNING 1", entity_id)
    query(url, "DELETE FROM entity_aliases WHERE entity_id = %s RETURNING 1", entity_id)
    query(url, "DELETE FROM entities WHERE entity_id = %s RETURNING 1", entity_id)  # unlinked now


def test_a_linked_entity_cannot_be_deleted_nor_renumbered(stored: tuple[str, str, int]) -> None:
    url, _, entity_id = stored
    with psycopg.connect(url) as conn:  # its keys and aliases out of the way
        conn.execute("DELETE FROM entity_keys")
        conn.execute("DELETE FROM entity_aliases")

    message = refused(url, "DELETE FROM entities WHERE entity_id = %s", entity_id)
    refused(url, "UPDATE entities SET entity_id = entity_id + 100")

    assert f"entity {entity_id} is still linked" in message
    assert query(url, "SELECT entity_id FROM entities") == [(entity_id,)]


def test_a_linked_article_keeps_its_id(stored: tuple[str, str, int]) -> None:
    url, _, _ = stored

    refused(url, "UPDATE articles SET article_id = %s", "f" * 32)

    query(url, "UPDATE articles SET title = 'Retitled' RETURNING 1")  # other columns change


def test_truncating_the_articles_empties_the_links(stored: tuple[str, str, int]) -> None:
    url, _, _ = stored

    with psycopg.connect(url) as conn:
        conn.execute("TRUNCATE articles CASCADE")

    assert query(url, "SELECT count(*) FROM article_entities") == [(0,)]


async def test_the_stored_event_and_body_make_the_event_again(store_database: str) -> None:
    event = enriched(canonical_entities=[canonical("Kyiv", "PLACE")], quotes=[quote("Yes.")])
    writer = PostgresWriter(store_database)
    await writer.write(to_rows([event]))
    await writer.close()

    [(stored, body)] = query(store_database, "SELECT event, body FROM articles")

    assert full_event(stored, body) == event


def test_0004_downgrades_to_the_foreign_keys(new_database: NewDatabase) -> None:
    url = new_database()
    migrate(url)

    command.downgrade(alembic_config(url), "0003")

    keys = query(
        url,
        "SELECT conname FROM pg_constraint"
        " WHERE conrelid = 'article_entities'::regclass AND contype = 'f'",
    )
    assert {name for (name,) in keys} == {
        "article_entities_article_id_fkey",
        "article_entities_entity_id_fkey",
    }
    assert query(url, "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal") == [(0,)]
    migrate(url)
    assert query(url, "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal") == [(8,)]
