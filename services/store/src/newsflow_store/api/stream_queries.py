"""The live feed's SQL: articles after a position, in position order, only as far as the
oldest transaction still running, so that no article can later appear behind a position
already sent."""

from __future__ import annotations

from newsflow_store.api.queries import ARTICLE_COLUMNS

_SETTLED = "a.stream_xid < pg_snapshot_xmin(pg_current_snapshot())"

FEED_AFTER = f"""
SELECT a.stream_xid::text AS xid, {ARTICLE_COLUMNS},
       ARRAY(SELECT DISTINCT lower(n.name) FROM article_entities AS ae
             JOIN LATERAL (SELECT e.name FROM entities AS e WHERE e.entity_id = ae.entity_id
                           UNION SELECT al.alias FROM entity_aliases AS al
                           WHERE al.entity_id = ae.entity_id) AS n ON true
             WHERE ae.article_id = a.article_id) AS entity_names,
       ARRAY(SELECT DISTINCT e.type FROM article_entities AS ae
             JOIN entities AS e USING (entity_id)
             WHERE ae.article_id = a.article_id) AS entity_types
FROM articles AS a
WHERE (a.stream_xid, a.article_id) > (%(xid)s::text::xid8, %(article_id)s::text)
  AND (%(until_xid)s::text IS NULL
       OR (a.stream_xid, a.article_id) <= (%(until_xid)s::text::xid8, %(until_id)s::text))
  AND {_SETTLED}
ORDER BY a.stream_xid, a.article_id
LIMIT %(limit)s
"""

FEED_HEAD = f"""
SELECT a.stream_xid::text AS xid, a.article_id FROM articles AS a WHERE {_SETTLED}
ORDER BY a.stream_xid DESC, a.article_id DESC LIMIT 1
"""
