"""The store's core: enriched events in, table rows out. No Kafka, Postgres or metrics here."""

from newsflow_store.domain.entities import (
    EntityRow,
    KnownKey,
    Resolution,
    entity_key,
    entity_rows,
    resolve,
)
from newsflow_store.domain.rows import (
    ArticleRow,
    QuoteRow,
    StoreBatch,
    full_event,
    in_write_order,
    newest_per_article,
    stored_event,
    to_rows,
)

__all__ = [
    "ArticleRow",
    "EntityRow",
    "KnownKey",
    "QuoteRow",
    "Resolution",
    "StoreBatch",
    "entity_key",
    "entity_rows",
    "full_event",
    "in_write_order",
    "newest_per_article",
    "resolve",
    "stored_event",
    "to_rows",
]
