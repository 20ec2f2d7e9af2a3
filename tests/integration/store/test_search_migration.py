"""Migration 0003 on a database that already holds articles from 0002: their vectors stay,
search keeps finding them, and what is stored afterwards goes through the indexer."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
import pytest
from alembic import command
from prometheus_client import CollectorRegistry

from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.adapters.search_indexer import SearchIndexer
from newsflow_store.domain import to_rows
from newsflow_store.metrics import SearchIndexMetrics
from newsflow_store.migrations import alembic_config, migrate
from newsflow_store.search import vector
from tests.factories import enriched, raw_article
from tests.integration.store.conftest import NewDatabase
from tests.integration.store.helpers import query
from tests.integration.store.test_search_indexer import found, unindexed

pytestmark = pytest.mark.integration

# An article as 0002's writer stored it: the generated column computes its vector.
OLD_ARTICLE = """
INSERT INTO articles (article_id, title, body, source, language, ingested_at, enriched_at,
    sentiment_compound, sentiment_label, ner_model, ner_model_version, schema_version, event)
VALUES ('old-1', 'Harbour strike', 'Dockers walked out at the harbour.', 'test', 'en',
    %(at)s, %(at)s, 0, 'neutral', 'en_core_web_sm', '3.8.0', 3, '{}')
"""


def right_vector(url: str, article_id: str) -> bool:
    sql = f"SELECT a.search = {vector('a')} FROM articles AS a WHERE a.article_id = %s"
    return bool(query(url, sql, article_id)[0][0])


async def test_0003_keeps_the_vectors_of_stored_articles_and_hands_new_ones_to_the_indexer(
    new_database: NewDatabase,
) -> None:
    url = new_database()
    migrate(url, "0002")
    with psycopg.connect(url) as conn:
        conn.execute(OLD_ARTICLE, {"at": datetime(2026, 11, 30, tzinfo=UTC)})

    migrate(url)

    assert unindexed(url) == set() and right_vector(url, "old-1")
    assert found(url, "harbour dockers") == {"old-1"}
    new = enriched(raw_article(body="Dockers returned to the harbour."))
    writer = PostgresWriter(url)
    await writer.write(to_rows([new]))
    await writer.close()
    assert unindexed(url) == {new.article_id}
    assert found(url, "harbour dockers") == {"old-1", new.article_id}
    indexer = SearchIndexer(url, SearchIndexMetrics.create(CollectorRegistry()))
    assert await indexer.index_backlog() == 1
    await indexer.close()
    assert right_vector(url, new.article_id)


def test_0003_downgrades_to_the_generated_column(new_database: NewDatabase) -> None:
    url = new_database()
    migrate(url, "0002")
    with psycopg.connect(url) as conn:
        conn.execute(OLD_ARTICLE, {"at": datetime(2026, 11, 30, tzinfo=UTC)})
    migrate(url)

    command.downgrade(alembic_config(url), "0002")

    assert right_vector(url, "old-1")
    [(generated,)] = query(
        url,
        "SELECT attgenerated FROM pg_attribute"
        " WHERE attrelid = 'articles'::regclass AND attname = 'search'",
    )
    assert generated == "s"
