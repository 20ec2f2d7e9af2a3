"""Each article's story (EnrichedArticle v3 story_id), indexed for the story endpoints.

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


def downgrade() -> None:
    op.drop_index("ix_articles_story_id", table_name="articles")
    op.drop_column("articles", "story_id")
