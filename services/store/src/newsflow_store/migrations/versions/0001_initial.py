"""Articles, canonical entities with their keys and aliases, links, quotes, a reader role.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSON, TSVECTOR

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)
READER_ROLE = "newsflow_reader"
SEARCH_TEXT = (
    "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') || "
    "setweight(to_tsvector('english', coalesce(body, '')), 'C')"
)


def upgrade() -> None:
    _create_articles()
    _create_entities()
    _create_article_entities()
    _create_quotes()
    _create_reader_role()


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
        sa.Column("duplicate_of", sa.Text),
        sa.Column("trace_id", sa.Text, comment="W3C trace id the enriched event carried"),
        # json, not jsonb: kept for audit and replay, never queried inside, and parsing
        # into jsonb was the largest single cost of a batch write.
        sa.Column("event", JSON, nullable=False),
        sa.Column("search", TSVECTOR, sa.Computed(SEARCH_TEXT, persisted=True)),
        sa.CheckConstraint(
            "sentiment_label IN ('positive', 'neutral', 'negative')", name="sentiment_label_known"
        ),
    )
    # The read API pages newest first with (ingested_at, article_id) as its cursor.
    op.create_index("ix_articles_ingested_at", "articles", ["ingested_at", "article_id"])
    op.create_index("ix_articles_published_at", "articles", ["published_at"])
    op.create_index("ix_articles_search", "articles", ["search"], postgresql_using="gin")


def _create_entities() -> None:
    op.create_table(
        "entities",
        sa.Column("entity_id", sa.BigInteger, sa.Identity(always=False), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("geonames_id", sa.BigInteger),
        sa.Column("country_code", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("created_at", TIMESTAMP, nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_entities_type", "entities", ["type"])
    # Keys link mentions across articles; one secondary key (a surname) may name several.
    op.create_table(
        "entity_keys",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column(
            "entity_id", sa.BigInteger, sa.ForeignKey("entities.entity_id"), primary_key=True
        ),
        sa.Column("is_primary", sa.Boolean, nullable=False),
    )
    op.create_index("ix_entity_keys_entity_id", "entity_keys", ["entity_id"])
    op.create_table(
        "entity_aliases",
        sa.Column(
            "entity_id", sa.BigInteger, sa.ForeignKey("entities.entity_id"), primary_key=True
        ),
        sa.Column("alias", sa.Text, primary_key=True),
    )
    op.execute("CREATE INDEX ix_entity_aliases_lower ON entity_aliases (lower(alias))")


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
        sa.Column("salience", sa.Float, nullable=False),
        sa.Column("sentiment", sa.Float),
        sa.Column("first_start", sa.Integer, nullable=False),
        sa.CheckConstraint("mention_count > 0", name="mention_count_positive"),
    )
    # The primary key serves lookups by article; this serves "articles mentioning X".
    op.create_index("ix_article_entities_entity_id", "article_entities", ["entity_id"])


def _create_quotes() -> None:
    op.create_table(
        "quotes",
        sa.Column(
            "article_id",
            sa.Text,
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_entity_id", sa.BigInteger, sa.ForeignKey("entities.entity_id")),
    )
    op.create_index("ix_quotes_speaker_entity_id", "quotes", ["speaker_entity_id"])


def _create_reader_role() -> None:
    """The read API runs as this role: it can select and nothing else. A managed database
    may not let the migrating user create roles; the API then falls back to read-only
    transactions, so the migration must not fail over it."""
    op.execute(f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER_ROLE}') THEN
                CREATE ROLE {READER_ROLE} NOLOGIN;
            END IF;
            EXECUTE format('GRANT {READER_ROLE} TO %I', current_user);
            GRANT USAGE ON SCHEMA public TO {READER_ROLE};
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER_ROLE};
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'cannot create role {READER_ROLE}; the API will use read-only sessions';
        END $$;
    """)


def downgrade() -> None:
    for table in ("quotes", "article_entities", "entity_aliases", "entity_keys", "entities"):
        op.drop_table(table)
    op.drop_table("articles")
