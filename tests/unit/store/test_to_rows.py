"""to_rows: events in, table rows out, with no database."""

from __future__ import annotations

import json
from datetime import timedelta

from newsflow_store.domain import entity_key, full_event, to_rows
from tests.factories import canonical, enriched, mention, quote, raw_article


def test_one_article_row_per_event_with_the_event_as_json() -> None:
    event = enriched(entities=[mention("BBC")], compound=-0.3, duplicate_of="a" * 32)

    [row] = to_rows([event]).articles

    assert row.article_id == event.article_id
    assert (row.sentiment_compound, row.sentiment_label) == (-0.3, "negative")
    assert (row.ingested_at, row.enriched_at) == (event.article.ingested_at, event.enriched_at)
    assert row.duplicate_of == "a" * 32
    assert row.body == event.article.body
    assert full_event(row.event, row.body) == event


def test_the_stored_event_leaves_out_the_copies_of_the_body_that_the_row_holds() -> None:
    event = enriched(raw_article(body="Kyiv said so. " * 40))

    [row] = to_rows([event]).articles

    stored = json.loads(row.event)
    assert "body" not in stored["article"] and "text" not in stored
    assert "Kyiv" not in row.event
    assert stored["article"]["title"] == event.article.title


def test_an_analysed_text_other_than_the_articles_own_is_kept() -> None:
    event = enriched().model_copy(update={"text": "a text enrich analysed instead"})

    [row] = to_rows([event]).articles

    assert json.loads(row.event)["text"] == "a text enrich analysed instead"
    assert full_event(row.event, row.body) == event


def test_an_event_stored_whole_by_an_older_store_reads_back_as_it_was() -> None:
    event = enriched()

    assert full_event(event.model_dump_json(), "a body the row no longer matches") == event


def test_a_redelivered_event_yields_one_row() -> None:
    event = enriched(canonical_entities=[canonical("BBC", "ORG")])

    batch = to_rows([event, event])

    assert [a.article_id for a in batch.articles] == [event.article_id]
    assert len(batch.entities) == 1


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


def test_canonical_entities_keep_their_keys_aliases_and_place() -> None:
    entity = canonical(
        "Izyum",
        "PLACE",
        ["PLACE:geonames:707292", "PLACE:izyum"],
        aliases=["Izium"],
        count=2,
        start=7,
        sentiment=-0.5,
        geonames_id=707292,
    )

    [row] = to_rows([enriched(canonical_entities=[entity])]).entities

    assert row.alias_keys == ("PLACE:geonames:707292", "PLACE:izyum")
    assert row.primary_key == "PLACE:geonames:707292"
    assert row.aliases == ("Izyum", "Izium")
    assert (row.mention_count, row.first_start, row.sentiment) == (2, 7, -0.5)
    assert (row.geonames_id, row.country_code) == (707292, "UA")


def test_version_1_events_fall_back_to_one_entity_per_text_and_label() -> None:
    event = enriched(
        entities=[
            mention("the  BBC", start=40),
            mention("The BBC", start=3),
            mention("Washington", "GPE"),
            mention("Washington", "PERSON", 20),
            mention("  ", start=50),
        ]
    )

    rows = {
        (r.type, r.alias_keys, r.mention_count, r.first_start) for r in to_rows([event]).entities
    }

    assert rows == {
        ("ORG", ("ORG:the bbc",), 2, 3),
        ("GPE", ("GPE:washington",), 1, 0),
        ("PERSON", ("PERSON:washington",), 1, 20),
    }


def test_quotes_become_rows_in_order() -> None:
    event = enriched(
        quotes=[
            quote("We hold", "Volodymyr Zelensky", "PERSON:volodymyr zelensky"),
            quote("No comment"),
        ]
    )

    rows = to_rows([event]).quotes

    assert [(q.position, q.text, q.speaker_key) for q in rows] == [
        (0, "We hold", "PERSON:volodymyr zelensky"),
        (1, "No comment", None),
    ]


def test_restricted_to_keeps_only_the_named_articles_and_their_rows() -> None:
    kept = enriched(canonical_entities=[canonical("BBC", "ORG")], quotes=[quote("a")])
    dropped = enriched(canonical_entities=[canonical("ITV", "ORG")], quotes=[quote("b")])

    batch = to_rows([kept, dropped]).restricted_to({kept.article_id})

    assert [a.article_id for a in batch.articles] == [kept.article_id]
    assert [e.name for e in batch.entities] == ["BBC"]
    assert [q.text for q in batch.quotes] == ["a"]


def test_rows_are_sorted_by_article_so_concurrent_writers_lock_in_one_order() -> None:
    events = [enriched(entities=[mention(name)]) for name in ("Zed", "Alpha", "Mid")]

    batch = to_rows(events)

    assert [a.article_id for a in batch.articles] == sorted(e.article_id for e in events)
