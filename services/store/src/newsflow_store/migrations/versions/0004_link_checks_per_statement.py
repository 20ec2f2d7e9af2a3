"""The links' integrity, checked once per statement instead of once per row.

`article_entities` had two foreign keys, and PostgreSQL checks a foreign key row by row: two
lookups per link, 15 links per article, 0.2 s of the server's 0.8 s per 1,000 stored
articles (docs/performance.md, "The store"). The keys become triggers that keep the same
rules with set-based statements:

- a link must name a stored article and a stored entity: after each INSERT or UPDATE of
  links, one statement finds any link whose article or entity is missing and fails with
  23503 (foreign_key_violation), as the key did; the parents are first locked FOR KEY SHARE,
  once each, as the key's checks locked them, so that no one deletes them before the commit;
- deleting an article deletes its links (the key's ON DELETE CASCADE); TRUNCATE of articles
  or entities empties the links too;
- an entity, or the id of an article or entity, that a link names cannot be deleted or
  changed: 23503, as the key's NO ACTION refused it.

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

# One query in the common case (every parent found): a statement of one row, as a per-row
# writer sends, then costs about what the two foreign-key checks cost. The parents are locked
# FOR KEY SHARE, once each; one deleted meanwhile is not returned, so it counts as missing.
CHECK_LINKS = """
CREATE FUNCTION article_entities_parents_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    whole boolean;
    orphan record;
BEGIN
    WITH locked_articles AS (
        SELECT FROM articles WHERE article_id IN (SELECT article_id FROM linked) FOR KEY SHARE
    ), locked_entities AS (
        SELECT FROM entities WHERE entity_id IN (SELECT entity_id FROM linked) FOR KEY SHARE
    )
    SELECT (SELECT count(*) FROM locked_articles) = count(DISTINCT l.article_id)
       AND (SELECT count(*) FROM locked_entities) = count(DISTINCT l.entity_id)
    INTO whole FROM linked AS l;
    IF whole THEN
        RETURN NULL;
    END IF;
    SELECT l.article_id, l.entity_id INTO orphan FROM linked AS l
    WHERE NOT EXISTS (SELECT FROM articles AS a WHERE a.article_id = l.article_id)
       OR NOT EXISTS (SELECT FROM entities AS e WHERE e.entity_id = l.entity_id)
    LIMIT 1;
    RAISE foreign_key_violation USING MESSAGE = format(
        'article_entities (%s, %s) names a missing article or entity',
        orphan.article_id, orphan.entity_id);
END $$
"""

CASCADE_ARTICLES = """
CREATE FUNCTION articles_delete_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM article_entities WHERE article_id IN (SELECT article_id FROM removed);
    RETURN NULL;
END $$
"""

RESTRICT_ENTITIES = """
CREATE FUNCTION entities_refuse_linked_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    linked_id bigint;
BEGIN
    SELECT l.entity_id INTO linked_id FROM article_entities AS l
    WHERE l.entity_id IN (SELECT entity_id FROM removed) LIMIT 1;
    IF FOUND THEN
        RAISE foreign_key_violation USING MESSAGE = format(
            'entity %s is still linked from article_entities', linked_id);
    END IF;
    RETURN NULL;
END $$
"""

# TG_ARGV[0]: the key column of the parent table that fires it.
RESTRICT_KEY_CHANGE = """
CREATE FUNCTION article_entities_refuse_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    linked boolean;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT FROM article_entities WHERE %I = $1.%I)',
                   TG_ARGV[0], TG_ARGV[0]) INTO linked USING OLD;
    IF linked THEN
        RAISE foreign_key_violation USING MESSAGE = format(
            '%s of %s is still linked from article_entities', TG_ARGV[0], TG_TABLE_NAME);
    END IF;
    RETURN NEW;
END $$
"""

TRUNCATE_LINKS = """
CREATE FUNCTION article_entities_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE article_entities;
    RETURN NULL;
END $$
"""

TRIGGERS = [
    # Statement-level: one check for the 7,500 links of a batch of 500 articles.
    *(
        f"""CREATE TRIGGER article_entities_parents_exist_{event.lower()}
            AFTER {event} ON article_entities REFERENCING NEW TABLE AS linked
            FOR EACH STATEMENT EXECUTE FUNCTION article_entities_parents_exist()"""
        for event in ("INSERT", "UPDATE")
    ),
    """CREATE TRIGGER articles_delete_links AFTER DELETE ON articles
       REFERENCING OLD TABLE AS removed
       FOR EACH STATEMENT EXECUTE FUNCTION articles_delete_links()""",
    """CREATE TRIGGER entities_refuse_linked_delete AFTER DELETE ON entities
       REFERENCING OLD TABLE AS removed
       FOR EACH STATEMENT EXECUTE FUNCTION entities_refuse_linked_delete()""",
    # Row-level, but the store's upsert never sets article_id, so these never fire for it.
    *(
        f"""CREATE TRIGGER {table}_refuse_linked_key_change BEFORE UPDATE OF {key} ON {table}
            FOR EACH ROW WHEN (OLD.{key} IS DISTINCT FROM NEW.{key})
            EXECUTE FUNCTION article_entities_refuse_key_change('{key}')"""
        for table, key in (("articles", "article_id"), ("entities", "entity_id"))
    ),
    *(
        f"""CREATE TRIGGER {table}_truncate_links AFTER TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION article_entities_truncate()"""
        for table in ("articles", "entities")
    ),
]

FUNCTIONS = (
    "article_entities_parents_exist",
    "articles_delete_links",
    "entities_refuse_linked_delete",
    "article_entities_refuse_key_change",
    "article_entities_truncate",
)


def upgrade() -> None:
    op.drop_constraint("article_entities_article_id_fkey", "article_entities", "foreignkey")
    op.drop_constraint("article_entities_entity_id_fkey", "article_entities", "foreignkey")
    for function in (
        CHECK_LINKS,
        CASCADE_ARTICLES,
        RESTRICT_ENTITIES,
        RESTRICT_KEY_CHANGE,
        TRUNCATE_LINKS,
    ):
        op.execute(function)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}() CASCADE")  # and the triggers calling it
    op.create_foreign_key(
        "article_entities_article_id_fkey",
        "article_entities",
        "articles",
        ["article_id"],
        ["article_id"],
        ondelete="CASCADE",
    )
    op.create_foreign_key(
        "article_entities_entity_id_fkey",
        "article_entities",
        "entities",
        ["entity_id"],
        ["entity_id"],
    )
