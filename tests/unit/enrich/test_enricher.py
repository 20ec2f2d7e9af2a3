from datetime import UTC, datetime
from pathlib import Path

from newsflow_enrich.domain import Enricher, label_for
from newsflow_enrich.domain.linking.cleaning import MAX_NAME_CHARS, name_pieces
from newsflow_ingest.domain import parse_article
from newsflow_schemas import EnrichedArticle, SentimentLabel
from tests import factories

SEED = Path(__file__).parents[3] / "seeds" / "000_4df16f0c322def31.txt"


def enrich_seed(enricher: Enricher) -> EnrichedArticle:
    article = parse_article(SEED.read_text(), source="seed", ingested_at=datetime.now(UTC))
    return enricher.enrich(article)


def test_seed_article_names_zelensky_as_a_person(enricher: Enricher) -> None:
    enriched = enrich_seed(enricher)
    people = {e.text for e in enriched.entities if e.label == "PERSON"}
    assert {"Zelensky", "Volodymyr Zelensky", "Liz Truss"} <= people


def test_seed_article_reads_as_negative(enricher: Enricher) -> None:
    sentiment = enrich_seed(enricher).sentiment
    assert sentiment.label is SentimentLabel.NEGATIVE
    assert sentiment.compound < -0.05


def test_entity_offsets_index_into_the_analysed_text(enricher: Enricher) -> None:
    enriched = enrich_seed(enricher)
    assert enriched.entities
    for entity in enriched.entities:
        assert enriched.text[entity.start : entity.end] == entity.text


def test_model_and_timings_are_recorded(enricher: Enricher) -> None:
    enriched = enrich_seed(enricher)
    assert enriched.model.ner_model_version.startswith("3.8.0+newsflow.")
    assert enriched.model.sentiment_model == "vaderSentiment"
    assert enriched.timings.ner_seconds > 0
    assert enriched.timings.total_seconds >= enriched.timings.ner_seconds


def test_a_batch_keeps_order_and_matches_single_enrichment(enricher: Enricher) -> None:
    calm = factories.raw_article(body="The council opened a lovely new park. Families enjoyed it.")
    grim = factories.raw_article(body="The flood killed ten people. Homes were destroyed.")
    batch = enricher.enrich_batch([calm, grim])
    assert [e.article for e in batch] == [calm, grim]
    assert batch[0].sentiment.label is SentimentLabel.POSITIVE
    assert batch[1].sentiment.label is SentimentLabel.NEGATIVE
    assert batch[1].entities == enricher.enrich(grim).entities


def test_labels_follow_vader_thresholds() -> None:
    assert label_for(0.05) is SentimentLabel.POSITIVE
    assert label_for(0.0) is SentimentLabel.NEUTRAL
    assert label_for(-0.05) is SentimentLabel.NEGATIVE


def test_a_name_repeated_into_one_long_span_becomes_no_entity(enricher: Enricher) -> None:
    """Such a span is text, not a name, and would overflow the store's index on entity keys."""
    run_on = " ".join(["Olaf Scholz"] * 400)
    article = factories.raw_article(
        "Two chancellors meet", body=f"Angela Merkel met him. {run_on}."
    )
    enriched = enricher.enrich(article)
    assert max(len(span.text) for span in enriched.entities) > MAX_NAME_CHARS  # spaCy's span
    assert [entity.name for entity in enriched.canonical_entities] == ["Angela Merkel"]


def test_a_span_longer_than_any_name_yields_no_name_piece() -> None:
    run_on = " ".join(["Olaf Scholz"] * 400)
    assert name_pieces(run_on, 0, len(run_on), "ORG") == []
    assert name_pieces("Olaf Scholz", 0, 11, "PERSON") == [(0, 11)]
