"""newsflow store: enriched events into PostgreSQL, in batches, idempotently.

Kafka offsets are committed only after the database transaction has: at-least-once
delivery, made exactly-once in effect by upserts that ignore what they have already seen."""

from newsflow_store.adapters.read_model import (
    ArticleSummary,
    EntityCount,
    count_articles,
    stored_summaries,
)
from newsflow_store.bootstrap import run, serve
from newsflow_store.migrations import migrate
from newsflow_store.settings import StoreSettings

__all__ = [
    "ArticleSummary",
    "EntityCount",
    "StoreSettings",
    "count_articles",
    "migrate",
    "run",
    "serve",
    "stored_summaries",
]
