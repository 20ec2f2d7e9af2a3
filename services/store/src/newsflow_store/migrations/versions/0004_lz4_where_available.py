"""lz4 for an article's body and event, on a server built with it.

Compressing them (TOAST) is the largest part of the server's work on the write path, and
pglz, PostgreSQL's default, is several times slower than lz4 for about the same size
(docs/performance.md, "The store"). The writer's staging table copies the articles table's
compression, so the COPY compresses with lz4 from the next batch on. Rows already stored
keep pglz; both read alike. A server built without lz4 (the embedded one of the local
stack is) keeps pglz, and says so in a notice: nothing else changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("body", "event")


def _set_compression(method: str) -> str:
    return "ALTER TABLE articles " + ", ".join(
        f"ALTER COLUMN {column} SET COMPRESSION {method}" for column in COLUMNS
    )


def upgrade() -> None:
    op.execute(f"""
        DO $$
        BEGIN
            {_set_compression("lz4")};
        EXCEPTION WHEN feature_not_supported THEN
            RAISE NOTICE 'PostgreSQL was built without lz4: articles keep pglz';
        END $$
    """)


def downgrade() -> None:
    op.execute(_set_compression("DEFAULT"))
