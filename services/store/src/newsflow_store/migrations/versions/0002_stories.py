"""Each article's story (EnrichedArticle v3 story_id), indexed for the story endpoints, and
the live feed's position: the id of the transaction that first stored the article.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: articles stored before stories, or with story assignment off, have none.
    op.add_column("articles", sa.Column("story_id", sa.Text))
    op.create_index("ix_articles_story_id", "articles", ["story_id", "ingested_at"])
    # GET /stream reads articles in (stream_xid, article_id) order, only below the oldest
    # transaction still running: nothing can later appear behind a client's position
    # (docs/stories.md). The upsert never sets it, so a re-stored article keeps its place.
    op.execute(
        "ALTER TABLE articles ADD COLUMN stream_xid xid8 NOT NULL DEFAULT pg_current_xact_id()"
    )
    op.create_index("ix_articles_stream", "articles", ["stream_xid", "article_id"])


def downgrade() -> None:
    op.drop_index("ix_articles_stream", table_name="articles")
    op.drop_column("articles", "stream_xid")
    op.drop_index("ix_articles_story_id", table_name="articles")
    op.drop_column("articles", "story_id")
