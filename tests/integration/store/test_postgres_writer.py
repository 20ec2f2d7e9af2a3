"""PostgresWriter against a real PostgreSQL: idempotent, newest wins, all or nothing."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from alembic.script import ScriptDirectory

from newsflow.stack.ports import free_port
from newsflow_store import count_articles, migrate, stored_summaries
from newsflow_store.adapters import postgres_writer
from newsflow_store.adapters.ports import RejectedWriteError, TransientWriteError
from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.domain import to_rows
from newsflow_store.migrations import alembic_config
from tests.factories import (
    canonical,
    enriched,
    mention,
    quote,
    raw_article,
    unchecked_raw_article,
)
from tests.integration.store.conftest import NewDatabase
from tests.integration.store.helpers import query

pytestmark = pytest.mark.integration


@pytest.fixture
async def writer(store_database: str) -> AsyncIterator[PostgresWriter]:
    writer = PostgresWriter(store_database)
    yield writer
    await writer.close()


def article_row(url: str, article_id: str) -> list[tuple[Any, ...]]:
    return query(url, "SELECT * FROM articles WHERE article_id = %s", article_id)


def links(url: str, article_id: str) -> set[tuple[str, str, int, int]]:
    rows = query(
        url,
        """SELECT e.name, e.type, l.mention_count, l.first_start
           FROM article_entities AS l JOIN entities AS e USING (entity_id)
           WHERE l.article_id = %s""",
        article_id,
    )
    return {(name, label, count, start) for name, label, count, start in rows}


def test_migrations_apply_from_empty_and_again_as_a_no_op(new_database: NewDatabase) -> None:
    url = new_database()

    migrate(url)
    migrate(url)

    tables = query(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert {t for (t,) in tables} == {
        "alembic_version",
        "articles",
        "entities",
        "entity_keys",
        "entity_aliases",
        "article_entities",
        "quotes",
    }
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert query(url, "SELECT version_num FROM alembic_version") == [(head,)]


async def test_writing_an_event_twice_changes_nothing_the_second_time(
    writer: PostgresWriter, store_database: str
) -> None:
    event = enriched(entities=[mention("BBC"), mention("bbc", start=30), mention("Kyiv", "GPE")])

    first = await writer.write(to_rows([event]))
    row_before = article_row(store_database, event.article_id)
    links_before = links(store_database, event.article_id)
    second = await writer.write(to_rows([event]))

    assert (list(first.stored_at), first.entities_inserted, first.links_written) == (
        [event.article_id],
        2,
        2,
    )
    assert (second.stored_at, second.entities_inserted, second.links_written) == ({}, 0, 0)
    assert article_row(store_database, event.article_id) == row_before  # stored_at included
    assert (
        links(store_database, event.article_id)
        == links_before
        == {
            ("BBC", "ORG", 2, 0),
            ("Kyiv", "GPE", 1, 0),
        }
    )


async def test_a_newer_enrichment_replaces_the_older_and_its_links(
    writer: PostgresWriter, store_database: str
) -> None:
    article = raw_article()
    older = enriched(article, entities=[mention("Old Co")], compound=0.6)
    newer = enriched(
        article, entities=[mention("New Co")], compound=-0.6, enriched_after=timedelta(hours=1)
    )

    await writer.write(to_rows([older]))
    [(stored_before,)] = query(store_database, "SELECT stored_at FROM articles")
    replaced = await writer.write(to_rows([newer]))
    stale = await writer.write(to_rows([older]))  # a late redelivery of the older version

    assert list(replaced.stored_at) == [article.article_id] and stale.stored_at == {}
    [(label, enriched_at, stored_at)] = query(
        store_database, "SELECT sentiment_label, enriched_at, stored_at FROM articles"
    )
    assert (label, enriched_at) == ("negative", newer.enriched_at)
    assert stored_at > stored_before
    assert links(store_database, article.article_id) == {("New Co", "ORG", 1, 0)}


async def test_a_batch_shares_entities_and_keeps_one_row_per_article(
    writer: PostgresWriter, store_database: str
) -> None:
    events = [enriched(entities=[mention("BBC"), mention("London", "GPE", 9)]) for _ in range(3)]

    result = await writer.write(to_rows([*events, events[0]]))

    assert (len(result.stored_at), result.entities_inserted, result.links_written) == (3, 2, 6)
    assert query(store_database, "SELECT count(*) FROM articles") == [(3,)]


async def test_a_refused_row_rolls_back_the_whole_batch(
    writer: PostgresWriter, store_database: str
) -> None:
    good = enriched(entities=[mention("BBC")])
    poisoned = enriched(unchecked_raw_article("a NUL \x00 byte"))

    with pytest.raises(RejectedWriteError) as refused:
        await writer.write(to_rows([good, poisoned]))

    assert refused.value.sqlstate is None  # psycopg itself will not send a NUL in a text
    assert "cannot contain NUL" in str(refused.value)
    assert query(store_database, "SELECT count(*) FROM articles") == [(0,)]
    assert list((await writer.write(to_rows([good]))).stored_at) == [good.article_id]


async def test_an_entity_too_long_for_its_index_is_refused_not_retried(
    writer: PostgresWriter, store_database: str
) -> None:
    # Random, so that PostgreSQL cannot compress the key under the btree row limit.
    huge = enriched(canonical_entities=[canonical(secrets.token_urlsafe(6_000))])

    with pytest.raises(RejectedWriteError) as refused:
        await writer.write(to_rows([huge]))

    assert refused.value.sqlstate == "54000"  # program limit exceeded: index row size
    assert "exceeds btree" in str(refused.value)
    assert query(store_database, "SELECT count(*) FROM articles") == [(0,)]


async def test_a_mention_offset_beyond_an_integer_column_is_refused(
    writer: PostgresWriter, store_database: str
) -> None:
    far = enriched(canonical_entities=[canonical("Kyiv", "PLACE", start=2**31)])

    with pytest.raises(RejectedWriteError) as refused:
        await writer.write(to_rows([far]))

    assert refused.value.sqlstate == "22003"  # numeric value out of range
    assert query(store_database, "SELECT count(*) FROM articles") == [(0,)]


async def test_an_unreachable_database_is_a_transient_error() -> None:
    writer = PostgresWriter(f"postgresql://postgres@127.0.0.1:{free_port()}/none", 2)

    with pytest.raises(TransientWriteError):
        await writer.write(to_rows([enriched()]))


async def test_after_a_dropped_connection_the_next_write_reconnects(
    writer: PostgresWriter, store_database: str
) -> None:
    await writer.write(to_rows([enriched()]))
    query(
        store_database,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    event = enriched()

    with pytest.raises(TransientWriteError) as lost:
        await writer.write(to_rows([event]))
    assert list((await writer.write(to_rows([event]))).stored_at) == [event.article_id]
    # Terminated while idle: the server's 57P01 is read on the next use, if it got through.
    assert str(lost.value).startswith(("SQLSTATE 57P01 ", "no SQLSTATE "))


async def test_summaries_show_sentiment_and_top_entities(
    writer: PostgresWriter, store_database: str
) -> None:
    event = enriched(
        entities=[
            mention("Kyiv", "GPE", 50),
            mention("Zelensky", "PERSON", 5),
            mention("Kyiv", "GPE", 90),
        ],
        compound=-0.4,
    )
    other = enriched()
    await writer.write(to_rows([event, other]))

    [summary] = await stored_summaries(store_database, [event.article_id], top_entities=1)

    assert (summary.title, summary.sentiment_label, summary.sentiment_compound) == (
        event.article.title,
        "negative",
        -0.4,
    )
    assert [(e.name, e.label, e.mention_count) for e in summary.top_entities] == [
        ("Kyiv", "GPE", 2)
    ]
    assert len(await stored_summaries(store_database)) == 2
    assert await count_articles(store_database, [event.article_id, "missing"]) == 1


async def test_an_alias_in_a_later_article_joins_the_entity_of_an_earlier_one(
    writer: PostgresWriter, store_database: str
) -> None:
    earlier = enriched(
        canonical_entities=[
            canonical(
                "Volodymyr Zelensky",
                "PERSON",
                ["PERSON:volodymyr zelensky", "PERSON:zelensky"],
                aliases=["Volodymyr Zelensky", "Zelensky"],
                count=3,
            ),
            canonical("Izyum", "PLACE", ["PLACE:izyum"]),
        ]
    )
    later = enriched(
        canonical_entities=[
            canonical("Zelenskiy", "PERSON", ["PERSON:zelensky"], sentiment=-0.2),
            canonical(
                "Izium", "PLACE", ["PLACE:geonames:707292", "PLACE:izyum"], geonames_id=707292
            ),
        ],
        quotes=[quote("We will not simply march in", "Zelenskiy", "PERSON:zelensky")],
    )

    await writer.write(to_rows([earlier]))
    await writer.write(to_rows([later]))

    people = query(store_database, "SELECT entity_id, name FROM entities WHERE type = 'PERSON'")
    assert [name for _, name in people] == ["Volodymyr Zelensky"]
    [(person_id, _)] = people
    aliases = query(
        store_database, "SELECT alias FROM entity_aliases WHERE entity_id = %s", person_id
    )
    assert {a for (a,) in aliases} == {"Volodymyr Zelensky", "Zelensky", "Zelenskiy"}
    linked = query(
        store_database, "SELECT article_id FROM article_entities WHERE entity_id = %s", person_id
    )
    assert {a for (a,) in linked} == {earlier.article_id, later.article_id}
    [(geonames_id,)] = query(
        store_database, "SELECT geonames_id FROM entities WHERE type = 'PLACE'"
    )
    assert geonames_id == 707292  # the later article's gazetteer link reached the earlier entity
    assert query(store_database, "SELECT speaker_entity_id FROM quotes") == [(person_id,)]


async def test_two_people_sharing_a_surname_stay_two_entities(
    writer: PostgresWriter, store_database: str
) -> None:
    john = canonical("John Smith", "PERSON", ["PERSON:john smith", "PERSON:smith"])
    jane = canonical("Jane Smith", "PERSON", ["PERSON:jane smith", "PERSON:smith"])

    await writer.write(to_rows([enriched(canonical_entities=[john])]))
    await writer.write(to_rows([enriched(canonical_entities=[jane])]))

    names = query(store_database, "SELECT name FROM entities ORDER BY name")
    assert names == [("Jane Smith",), ("John Smith",)]


async def test_a_resolution_planned_before_another_worker_stored_the_entity_is_planned_again(
    writer: PostgresWriter, store_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer plans the entities from the keys it reads before the resolution lock; when
    the keys read under the lock differ (another worker stored one meanwhile), it plans
    again rather than create the entity a second time."""
    kyiv = canonical("Kyiv", "PLACE", ["PLACE:kyiv"])
    await writer.write(to_rows([enriched(canonical_entities=[kyiv])]))

    async def read_before_the_other_worker(*_: object) -> frozenset[object]:
        return frozenset()

    monkeypatch.setattr(postgres_writer, "known_keys", read_before_the_other_worker)
    later = enriched(canonical_entities=[kyiv])
    result = await writer.write(to_rows([later]))

    assert result.entities_inserted == 0
    assert query(store_database, "SELECT count(*) FROM entities") == [(1,)]
    assert query(store_database, "SELECT count(*) FROM entity_keys") == [(1,)]
    assert links(store_database, later.article_id) == {("Kyiv", "PLACE", 1, 0)}


async def test_two_writers_at_once_store_each_entity_once_and_every_link(
    store_database: str,
) -> None:
    """Two store workers on different partitions write at once: their entities are
    resolved one worker at a time, their articles and links side by side."""
    names = [f"Person {letter}" for letter in "ABCDEFGH"]

    def batch(offset: int) -> list[Any]:
        return [
            enriched(entities=[mention(name, "PERSON") for name in names[i % 4 :][:5]])
            for i in range(offset, offset + 12)
        ]

    first, second = batch(0), batch(1)
    writers = [PostgresWriter(store_database), PostgresWriter(store_database)]
    try:
        await asyncio.gather(writers[0].write(to_rows(first)), writers[1].write(to_rows(second)))
    finally:
        for writer in writers:
            await writer.close()

    stored = query(store_database, "SELECT name FROM entities ORDER BY name")
    assert stored == [(name,) for name in names]
    assert (
        query(store_database, "SELECT count(*) FROM entity_keys GROUP BY key HAVING count(*) > 1")
        == []
    )
    for event in [*first, *second]:
        expected = {(m.text, "PERSON", 1, m.start) for m in event.entities}
        assert links(store_database, event.article_id) == expected


async def test_articles_lost_after_their_entities_committed_are_stored_whole_on_retry(
    writer: PostgresWriter, store_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entities' transaction commits before the articles' one: when the connection is
    lost between the two, nothing of the articles is stored, and the retry stores them with
    every link, to the entities stored the first time, none made twice."""
    event = enriched(entities=[mention("BBC"), mention("Kyiv", "GPE", 9)])
    store_articles = PostgresWriter._store_articles
    cut = []

    async def connection_lost_once(self: PostgresWriter, conn: Any, *args: Any) -> Any:
        if not cut:
            cut.append(conn.info.backend_pid)
            query(store_database, "SELECT pg_terminate_backend(%s)", conn.info.backend_pid)
        return await store_articles(self, conn, *args)

    monkeypatch.setattr(PostgresWriter, "_store_articles", connection_lost_once)

    with pytest.raises(TransientWriteError):
        await writer.write(to_rows([event]))
    assert query(store_database, "SELECT count(*) FROM articles") == [(0,)]
    assert query(store_database, "SELECT count(*) FROM entities") == [(2,)]

    retried = await writer.write(to_rows([event]))

    assert (list(retried.stored_at), retried.entities_inserted) == ([event.article_id], 0)
    assert query(store_database, "SELECT count(*) FROM entities") == [(2,)]
    assert links(store_database, event.article_id) == {("BBC", "ORG", 1, 0), ("Kyiv", "GPE", 1, 9)}
