"""Articles, entities and the links between them.

Revision ID: 0001
Revises:
Create Date: 2025-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    _create_articles()
    _create_entities()
    _create_article_entities()


def _create_articles() -> None:
    op.create_table(
        "articles",
        sa.Column("article_id", sa.Text, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("standfirst", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("published_at", TIMESTAMP),
        sa.Column("ingested_at", TIMESTAMP, nullable=False),
        sa.Column("enriched_at", TIMESTAMP, nullable=False),
        sa.Column("stored_at", TIMESTAMP, nullable=False, server_default=sa.func.now()),
        sa.Column("sentiment_compound", sa.Float, nullable=False),
        sa.Column("sentiment_label", sa.Text, nullable=False),
        sa.Column("ner_model", sa.Text, nullable=False),
        sa.Column("ner_model_version", sa.Text, nullable=False),
        sa.Column("schema_version", sa.SmallInteger, nullable=False),
        sa.Column("event", JSONB, nullable=False),
        sa.CheckConstraint(
            "sentiment_label IN ('positive', 'neutral', 'negative')", name="sentiment_label_known"
        ),
    )
    op.create_index("ix_articles_ingested_at", "articles", ["ingested_at"])
    op.create_index("ix_articles_published_at", "articles", ["published_at"])


def _create_entities() -> None:
    op.create_table(
        "entities",
        sa.Column("entity_id", sa.BigInteger, sa.Identity(always=True), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.UniqueConstraint("key", "label", name="entities_key_label_key"),
    )


def _create_article_entities() -> None:
    op.create_table(
        "article_entities",
        sa.Column(
            "article_id",
            sa.Text,
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "entity_id", sa.BigInteger, sa.ForeignKey("entities.entity_id"), primary_key=True
        ),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("first_start", sa.Integer, nullable=False),
        sa.CheckConstraint("mention_count > 0", name="mention_count_positive"),
    )
    # The primary key serves lookups by article; this serves "articles mentioning X".
    op.create_index("ix_article_entities_entity_id", "article_entities", ["entity_id"])


def downgrade() -> None:
    op.drop_table("article_entities")
    op.drop_table("entities")
    op.drop_table("articles")
