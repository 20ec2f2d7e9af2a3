"""The scorer on hand-made predictions, and the targets on the gold set."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsflow_enrich.domain import Enricher, load_ner_pipeline
from newsflow_enrich.evaluation import (
    GoldArticle,
    GoldEntity,
    GoldError,
    Predicted,
    evaluate_splits,
    format_evaluation,
    judged_split,
    load_gold,
    score_article,
    spacy_baseline,
)
from newsflow_ingest.domain import parse_article
from newsflow_schemas import RawArticle

EVAL = Path(__file__).parents[3] / "eval" / "entities"
GOLD = GoldArticle(
    "a.txt",
    (
        GoldEntity("Volodymyr Zelensky", "PERSON", ("Volodymyr Zelensky", "Zelensky")),
        GoldEntity("Kharkiv", "PLACE", ("Kharkiv",)),
        GoldEntity("Reuters", "ORG", ("Reuters",)),
    ),
)
TEXT = "Volodymyr Zelensky visited Kharkiv. Zelensky told Reuters."


def test_perfect_predictions_score_one() -> None:
    predicted = [
        Predicted("PERSON", ("Volodymyr Zelensky", "Zelensky")),
        Predicted("PLACE", ("Kharkiv",)),
        Predicted("ORG", ("Reuters",)),
    ]
    score = score_article(GOLD, TEXT, predicted)
    assert (score.f1, score.merge_accuracy, score.type_accuracy) == (1.0, 1.0, 1.0)


def test_a_split_entity_costs_precision_and_merge_and_junk_costs_precision() -> None:
    predicted = [
        Predicted("PERSON", ("Volodymyr Zelensky",)),
        Predicted("PERSON", ("Zelensky",)),  # a second entity for one gold entity
        Predicted("ORG", ("Kharkiv",)),  # found, wrong type
        Predicted("PERSON", ("ENTIRE Luhansk",)),  # junk
    ]
    score = score_article(GOLD, TEXT, predicted)
    assert (score.true_positives, score.false_positives, score.false_negatives) == (2, 2, 1)
    assert score.merge_accuracy == 0.0
    assert score.type_accuracy == 0.5


def test_other_types_are_out_of_scope_unless_they_name_a_gold_entity() -> None:
    predicted = [Predicted("NORP", ("Ukrainian",)), Predicted("EVENT", ("Reuters",))]
    score = score_article(GOLD, TEXT, predicted)
    assert (score.true_positives, score.false_positives) == (1, 0)


def test_gold_refuses_an_alias_given_to_two_entities(tmp_path: Path) -> None:
    gold = {
        "article": "a.txt",
        "entities": [
            {"name": "Tom Bennett", "type": "PERSON", "aliases": ["Bennett"]},
            {"name": "Richard Bennett", "type": "PERSON", "aliases": ["Bennett"]},
        ],
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(gold))
    with pytest.raises(GoldError, match="two entities"):
        load_gold(path)


def test_newsflow_meets_the_targets_and_beats_raw_spacy(enricher: Enricher) -> None:
    now = datetime.now(UTC)

    def read(path: Path) -> RawArticle:
        return parse_article(path.read_text(encoding="utf-8"), source="gold", ingested_at=now)

    results = evaluate_splits(EVAL, read, enricher, spacy_baseline(load_ner_pipeline()))
    result = results[judged_split(results)]
    assert len(result.articles) >= 5
    assert result.meets_targets(), format_evaluation(result)
    assert result.newsflow.f1 > result.spacy.f1
    assert result.newsflow.merge_accuracy > result.spacy.merge_accuracy
