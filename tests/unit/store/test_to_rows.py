"""to_rows: events in, table rows out, with no database."""

from __future__ import annotations

import json
from datetime import timedelta

from newsflow_store.domain import EntityRow, LinkRow, entity_key, to_rows
from tests.unit.store.factories import enriched, mention, raw_article


def test_one_article_row_per_event_with_the_full_event_as_json() -> None:
    event = enriched(entities=[mention("BBC")], compound=-0.3)

    [row] = to_rows([event]).articles

    assert row.article_id == event.article_id
    assert (row.sentiment_compound, row.sentiment_label) == (-0.3, "negative")
    assert (row.ingested_at, row.enriched_at) == (event.article.ingested_at, event.enriched_at)
    assert json.loads(row.event) == json.loads(event.model_dump_json())


def test_a_redelivered_event_yields_one_row() -> None:
    event = enriched(entities=[mention("BBC")])

    batch = to_rows([event, event])

    assert [a.article_id for a in batch.articles] == [event.article_id]
    assert len(batch.links) == 1


def test_the_newest_enrichment_of_an_article_wins_whatever_the_order() -> None:
    article = raw_article()
    older = enriched(article, entities=[mention("Old Co")], enriched_after=timedelta(seconds=1))
    newer = enriched(article, entities=[mention("New Co")], enriched_after=timedelta(seconds=9))

    for events in ([older, newer], [newer, older]):
        batch = to_rows(events)
        assert [a.enriched_at for a in batch.articles] == [newer.enriched_at]
        assert [e.name for e in batch.entities] == ["New Co"]


def test_entity_keys_fold_case_and_whitespace() -> None:
    assert entity_key("  The\u00a0Bank of\n England ") == "the bank of england"
    assert entity_key("BBC") == entity_key("bbc") == entity_key("\uff22\uff22\uff23")  # full-width


def test_mentions_of_one_entity_become_one_link_with_count_and_first_offset() -> None:
    event = enriched(
        entities=[
            mention("the  BBC", start=40),
            mention("The BBC", start=3),
            mention("London", "GPE"),
        ]
    )

    batch = to_rows([event])

    assert sorted(batch.links) == [
        LinkRow(event.article_id, "london", "GPE", 1, 0),
        LinkRow(event.article_id, "the bbc", "ORG", 2, 3),
    ]
    # The entity is named after its first mention in the text, spaces collapsed.
    assert EntityRow("the bbc", "ORG", "The BBC") in batch.entities


def test_the_same_text_with_different_labels_is_two_entities() -> None:
    event = enriched(entities=[mention("Washington", "GPE"), mention("Washington", "PERSON", 20)])

    batch = to_rows([event])

    assert {(e.key, e.label) for e in batch.entities} == {
        ("washington", "GPE"),
        ("washington", "PERSON"),
    }


def test_entities_shared_by_articles_appear_once() -> None:
    events = [enriched(entities=[mention("BBC")]), enriched(entities=[mention("bbc")])]

    batch = to_rows(events)

    assert [(e.key, e.label) for e in batch.entities] == [("bbc", "ORG")]
    assert len(batch.links) == 2


def test_blank_mentions_are_dropped() -> None:
    assert to_rows([enriched(entities=[mention("  ")])]).links == ()


def test_restricted_to_keeps_only_the_named_articles_and_their_entities() -> None:
    kept = enriched(entities=[mention("BBC")])
    dropped = enriched(entities=[mention("ITV")])

    batch = to_rows([kept, dropped]).restricted_to({kept.article_id})

    assert [a.article_id for a in batch.articles] == [kept.article_id]
    assert [e.key for e in batch.entities] == ["bbc"]
    assert [link.article_id for link in batch.links] == [kept.article_id]


def test_rows_are_sorted_by_key_so_concurrent_writers_lock_in_one_order() -> None:
    events = [enriched(entities=[mention(name)]) for name in ("Zed", "Alpha", "Mid")]

    batch = to_rows(events)

    assert [a.article_id for a in batch.articles] == sorted(e.article_id for e in events)
    assert [e.key for e in batch.entities] == ["alpha", "mid", "zed"]
