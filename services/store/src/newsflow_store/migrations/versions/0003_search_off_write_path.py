"""The full-text vector leaves the write path: `articles.search`, a stored generated column
until now, becomes a plain nullable column that the store's search indexer fills in batches
(docs/store.md, "Search"). Existing rows keep their vectors; a partial index finds the rows
still waiting for one.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import TSVECTOR

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 0001's expression, frozen here: a migration must not change when the code does.
SEARCH_TEXT = (
    "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') || "
    "setweight(to_tsvector('english', coalesce(body, '')), 'C')"
)


def upgrade() -> None:
    # Keeps every stored vector (no rewrite of the table); new and re-stored rows get NULL.
    op.execute("ALTER TABLE articles ALTER COLUMN search DROP EXPRESSION")
    op.create_index(
        "ix_articles_unindexed",
        "articles",
        ["stored_at"],  # the indexer takes the oldest first: no article waits for ever
        postgresql_where=sa.text("search IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_articles_unindexed", table_name="articles")
    op.drop_index("ix_articles_search", table_name="articles")
    op.drop_column("articles", "search")
    op.add_column(
        "articles", sa.Column("search", TSVECTOR, sa.Computed(SEARCH_TEXT, persisted=True))
    )
    op.create_index("ix_articles_search", "articles", ["search"], postgresql_using="gin")
