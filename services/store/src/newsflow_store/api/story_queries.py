"""The SQL of the story, co-occurrence and trending endpoints. Stories are aggregated from
articles.story_id when asked, so a story's title, span, sources and sentiment are always
those of the articles stored so far (docs/stories.md says what that costs)."""

from __future__ import annotations

from newsflow_store.api.queries import ARTICLE_COLUMNS, MATCHES_Q, MATCHING_ENTITIES

SEEN = "coalesce(a.published_at, a.ingested_at)"

_STORY_COLUMNS = f"""a.story_id, count(*)::int AS article_count,
    array_agg(DISTINCT a.source ORDER BY a.source) AS sources,
    min({SEEN}) AS first_seen, max({SEEN}) AS last_seen,
    avg(a.sentiment_compound)::float8 AS mean_sentiment,
    (array_agg(a.title ORDER BY {SEEN} DESC, a.article_id DESC))[1] AS title"""

# A story matches when any of its articles does; it is then summed over all its articles.
STORIES = f"""
WITH matching AS (
    SELECT DISTINCT a.story_id FROM articles AS a
    WHERE a.story_id IS NOT NULL
      AND (%(since)s::timestamptz IS NULL OR a.ingested_at >= %(since)s)
      AND (%(q)s::text IS NULL OR {MATCHES_Q})
      AND (%(entity)s::text IS NULL OR EXISTS (
            SELECT 1 FROM article_entities AS ae
            WHERE ae.article_id = a.article_id AND ae.entity_id IN ({MATCHING_ENTITIES})))
)
SELECT {_STORY_COLUMNS}
FROM articles AS a JOIN matching USING (story_id)
GROUP BY a.story_id
ORDER BY last_seen DESC, a.story_id
LIMIT %(limit)s OFFSET %(offset)s
"""

STORY = f"""
SELECT {_STORY_COLUMNS} FROM articles AS a WHERE a.story_id = %s GROUP BY a.story_id
"""

STORY_ENTITIES = """
SELECT a.story_id, e.entity_id, e.name, e.type, count(*)::int AS article_count
FROM articles AS a JOIN article_entities AS ae USING (article_id)
JOIN entities AS e USING (entity_id)
WHERE a.story_id = ANY(%s::text[])
GROUP BY a.story_id, e.entity_id
ORDER BY a.story_id, article_count DESC, sum(ae.salience) DESC, e.entity_id
"""

STORY_ARTICLES = f"""
SELECT {ARTICLE_COLUMNS} FROM articles AS a WHERE a.story_id = %s
ORDER BY {SEEN}, a.article_id
"""

STORY_HOURS = f"""
SELECT date_trunc('hour', {SEEN}) AS hour, count(*)::int AS article_count,
       avg(a.sentiment_compound)::float8 AS mean_sentiment
FROM articles AS a WHERE a.story_id = %s GROUP BY hour ORDER BY hour
"""

ENTITY_EXISTS = "SELECT 1 AS found FROM entities WHERE entity_id = %s"

_PERIOD = """(%(since)s::timestamptz IS NULL OR a.ingested_at >= %(since)s)
      AND (%(until)s::timestamptz IS NULL OR a.ingested_at < %(until)s)"""

# The counts G² needs, for the entities most often seen with this one (at most 1000).
RELATED = f"""
WITH period AS (SELECT a.article_id FROM articles AS a WHERE {_PERIOD}),
with_x AS (
    SELECT ae.article_id FROM article_entities AS ae JOIN period USING (article_id)
    WHERE ae.entity_id = %(entity_id)s
),
pairs AS (
    SELECT ae.entity_id, count(*)::int AS together
    FROM article_entities AS ae JOIN with_x USING (article_id)
    WHERE ae.entity_id <> %(entity_id)s
    GROUP BY ae.entity_id ORDER BY together DESC, ae.entity_id LIMIT 1000
)
SELECT p.entity_id, e.name, e.type, p.together,
       (SELECT count(*)::int FROM article_entities AS ae JOIN period USING (article_id)
        WHERE ae.entity_id = p.entity_id) AS articles,
       (SELECT count(*)::int FROM with_x) AS with_x,
       (SELECT count(*)::int FROM period) AS total
FROM pairs AS p JOIN entities AS e USING (entity_id)
"""

RELATED_TOTALS = f"""
WITH period AS (SELECT a.article_id FROM articles AS a WHERE {_PERIOD})
SELECT (SELECT count(*)::int FROM article_entities AS ae JOIN period USING (article_id)
        WHERE ae.entity_id = %(entity_id)s) AS with_x,
       (SELECT count(*)::int FROM period) AS total
"""

BASELINE_WINDOWS = 24
# Observed articles in the window against the entity's own mean per window over the
# BASELINE_WINDOWS windows before it: a Poisson z-score, +1 so a new entity is not infinite.
TRENDING = f"""
WITH counts AS (
    SELECT ae.entity_id,
           count(*) FILTER (WHERE a.ingested_at >= %(start)s)::int AS observed,
           count(*) FILTER (WHERE a.ingested_at < %(start)s)::float8
               / {BASELINE_WINDOWS} AS baseline
    FROM article_entities AS ae JOIN articles AS a USING (article_id)
    WHERE a.ingested_at >= %(baseline_start)s AND a.ingested_at < %(end)s
    GROUP BY ae.entity_id
)
SELECT c.entity_id, e.name, e.type, c.observed, c.baseline,
       (c.observed - c.baseline) / sqrt(c.baseline + 1) AS score
FROM counts AS c JOIN entities AS e USING (entity_id)
WHERE c.observed > 0
ORDER BY score DESC, c.entity_id
LIMIT %(limit)s OFFSET %(offset)s
"""
