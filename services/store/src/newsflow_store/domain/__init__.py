"""The store's core: enriched events in, table rows out. No Kafka, Postgres or metrics here."""

from newsflow_store.domain.rows import (
    ArticleRow,
    EntityRow,
    LinkRow,
    StoreBatch,
    entity_key,
    newest_per_article,
    to_rows,
)

__all__ = [
    "ArticleRow",
    "EntityRow",
    "LinkRow",
    "StoreBatch",
    "entity_key",
    "newest_per_article",
    "to_rows",
]
