"""The full-text vector of an article, as SQL shared by the search indexer and the read API.

Since migration 0003 the vector is not computed on the write path: the store leaves
`articles.search` NULL and its indexer (adapters/search_indexer.py) fills it in batches. A
search must still find an article whose vector is not there yet, so it matches those rows by
computing the same vector on the fly (`matches`); the partial index on unindexed rows keeps
that to the backlog, never the whole table."""

from __future__ import annotations


def vector(alias: str) -> str:
    """The article's weighted tsvector: title (A), standfirst (B), body (C)."""
    return (
        f"setweight(to_tsvector('english', coalesce({alias}.title, '')), 'A') || "
        f"setweight(to_tsvector('english', coalesce({alias}.standfirst, '')), 'B') || "
        f"setweight(to_tsvector('english', coalesce({alias}.body, '')), 'C')"
    )


def matches(alias: str, query: str) -> str:
    """`alias` matches the websearch `query` (an SQL expression), indexed yet or not."""
    tsquery = f"websearch_to_tsquery('english', {query})"
    return (
        f"({alias}.search @@ {tsquery}"
        f" OR ({alias}.search IS NULL AND {vector(alias)} @@ {tsquery}))"
    )
