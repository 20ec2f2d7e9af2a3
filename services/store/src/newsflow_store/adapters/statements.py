"""The store's SQL. The many rows (articles, new entities, links) travel by COPY; the rest
as one array per column, which comes back out through unnest().

The arrays go in binary (%b): psycopg builds a text array literal in Python, quoting each
element, and PostgreSQL parses it back; binary costs the client a third as much."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsflow_store.domain import ArticleRow, QuoteRow


def unnest_params(names: Sequence[str], types: dict[str, str]) -> str:
    return ", ".join(f"%b::{types.get(name, 'text')}[]" for name in names)


def columns(rows: Sequence[tuple[Any, ...]], width: int) -> list[list[Any]]:
    """Rows to one list per column: the shape unnest() takes."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[]] * width


_ARTICLE_COLUMNS = ArticleRow._fields
_UPDATED = ", ".join(f"{c} = EXCLUDED.{c}" for c in _ARTICLE_COLUMNS if c != "article_id")

# Articles arrive through COPY into a per-connection staging table: for large rows it is
# twice as fast as unnest() over array parameters, whose literals PostgreSQL must parse.
# The staging table compresses (TOAST) the text as the table will, and the upsert moves it
# on as it is; so a storage or compression chosen for articles (lz4, say) is the one used.
# Its rows outlive the entities' transaction, to be upserted by the articles' own.
STAGE_ARTICLES = """
CREATE TEMP TABLE IF NOT EXISTS incoming_articles
    (LIKE articles INCLUDING DEFAULTS INCLUDING STORAGE INCLUDING COMPRESSION)
ON COMMIT PRESERVE ROWS
"""
CLEAR_STAGED_ARTICLES = "TRUNCATE incoming_articles"
COPY_ARTICLES = f"COPY incoming_articles ({', '.join(_ARTICLE_COLUMNS)}) FROM STDIN"

# The WHERE makes a redelivery a no-op (stored_at included); RETURNING names what changed.
# The search vector is left NULL, for the search indexer: computing it here was 40% of the
# server's work on a batch (docs/performance.md), and a newer version needs a new one.
UPSERT_ARTICLES = f"""
INSERT INTO articles ({", ".join(_ARTICLE_COLUMNS)})
SELECT {", ".join(_ARTICLE_COLUMNS)} FROM incoming_articles
ON CONFLICT (article_id) DO UPDATE SET {_UPDATED}, stored_at = now(), search = NULL
WHERE articles.enriched_at < EXCLUDED.enriched_at
RETURNING article_id, stored_at
"""

DELETE_LINKS = "DELETE FROM article_entities WHERE article_id = ANY(%b::text[])"
DELETE_QUOTES = "DELETE FROM quotes WHERE article_id = ANY(%b::text[])"

# Entity resolution reads, then writes, the key table: one store worker at a time may do it,
# in a short transaction of its own.
LOCK_ENTITY_RESOLUTION = "SELECT pg_advisory_xact_lock(hashtext('newsflow.entity_resolution'))"

KNOWN_KEYS = "SELECT key, entity_id, is_primary FROM entity_keys WHERE key = ANY(%b::text[])"

NEW_ENTITY_IDS = (
    "SELECT nextval(pg_get_serial_sequence('entities', 'entity_id')) FROM generate_series(1, %s)"
)

# New entities (their ids drawn above) and the links go in by COPY, straight into their
# tables: no conflict is possible there, and psycopg formats a row in C where an array
# parameter is built element by element in Python (that was a third of the client's time).
# Text, not binary: psycopg's binary integers wrap around silently where PostgreSQL's text
# input refuses a number out of range (22003).
COPY_ENTITIES = """
COPY entities (entity_id, name, type, kind, geonames_id, country_code, latitude, longitude)
FROM STDIN
"""

# A place first seen without its gazetteer link gains it when a later article has one.
ENRICH_PLACES = """
UPDATE entities AS e SET geonames_id = p.geonames_id, country_code = p.country_code,
    latitude = p.latitude, longitude = p.longitude
FROM unnest(%b::bigint[], %b::bigint[], %b::text[], %b::float8[], %b::float8[])
    AS p(entity_id, geonames_id, country_code, latitude, longitude)
WHERE e.entity_id = p.entity_id AND e.geonames_id IS NULL
"""

INSERT_KEYS = """
INSERT INTO entity_keys (key, entity_id, is_primary)
SELECT * FROM unnest(%b::text[], %b::bigint[], %b::boolean[])
ON CONFLICT DO NOTHING
"""

INSERT_ALIASES = """
INSERT INTO entity_aliases (entity_id, alias)
SELECT * FROM unnest(%b::bigint[], %b::text[])
ON CONFLICT DO NOTHING
"""

COPY_LINKS = """
COPY article_entities (article_id, entity_id, mention_count, salience, sentiment, first_start)
FROM STDIN
"""

# The speaker's key finds the entity written moments earlier in the same transaction.
INSERT_QUOTES = f"""
INSERT INTO quotes (article_id, position, text, start_offset, end_offset, speaker,
                    speaker_entity_id)
SELECT q.article_id, q.position, q.text, q.start_offset, q.end_offset, q.speaker,
       (SELECT k.entity_id FROM entity_keys AS k WHERE k.key = q.speaker_key
        ORDER BY k.is_primary DESC, k.entity_id LIMIT 1)
FROM unnest({
    unnest_params(
        QuoteRow._fields,
        {"position": "integer", "start_offset": "integer", "end_offset": "integer"},
    )
}) AS q({", ".join(QuoteRow._fields)})
"""
