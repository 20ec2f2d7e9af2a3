"""The scorer on hand-made predictions, and the targets on the gold set."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsflow_enrich.domain import Enricher, load_ner_pipeline
from newsflow_enrich.evaluation import (
    ErrorCounts,
    Evaluation,
    GoldArticle,
    GoldEntity,
    GoldError,
    Predicted,
    Score,
    evaluate_splits,
    format_evaluation,
    gold_pairs,
    judged_split,
    load_gold,
    score_article,
    score_split,
    spacy_baseline,
)
from newsflow_enrich.evaluation.report import ArticleScores
from newsflow_ingest.domain import parse_article
from newsflow_schemas import EnrichedArticle, RawArticle

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


def test_the_totals_show_three_places_so_a_missed_target_does_not_read_as_met() -> None:
    # 0.9474 rounded to two places is the 0.95 it misses
    near = Score(true_positives=1008, false_positives=79, false_negatives=33)
    article = ArticleScores("a", 1041, Score(), near, ErrorCounts())
    total = format_evaluation(Evaluation((article,))).splitlines()
    assert "0.947" in total[-2] and "0.95 " not in total[-2]
    assert "0.950" in total[-1]
    assert " 0.95 " in total[3]  # the article's own row keeps two places


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


# Under what newsflow reached on each split (issue 12): held out, rounds 92 and 93
# (test/9700-9721 and 9800-9821, 44 articles, measured once) 0.9669 / 0.8920 / 0.9647
# (0.9654 / 0.8967 / 0.9679 as round 90 left it), a step below, so that one entity more or
# less does not fail it; dev (2044), which the rules were tuned on and the NER trained on,
# 0.9602 / 0.8636 / 0.9705, rounded down. A new held-out set moves the held-out floor: it
# measures what this set allows (rounds 90's and 91's, whose brief had the writers give
# places and bodies several names, gave 0.9250 / 0.6877 / 0.9483; rounds 88's and 89's
# 0.9395 / 0.8288 / 0.9557). Floors that stop a regression, not the targets (0.95 /
# 0.90 / 0.95), which `make eval` judges: this set meets F1 and type and misses merge by two.
HELD_OUT_FLOOR = {"F1": 0.96, "merge": 0.88, "type": 0.96}
DEV_FLOOR = {"F1": 0.95, "merge": 0.86, "type": 0.96}


def _raw_spacy_not_run(text: str) -> list[Predicted]:
    return []


@pytest.fixture(scope="module")
def evaluations(
    enricher: Enricher, enriched_seeds: dict[str, EnrichedArticle]
) -> dict[str, Evaluation]:
    now = datetime.now(UTC)

    def read(path: Path) -> RawArticle:
        return parse_article(path.read_text(encoding="utf-8"), source="gold", ingested_at=now)

    # dev is scored from the session's enriched articles, not enriched a second time, and
    # raw spaCy is compared on the held-out split only: on dev the test judges newsflow
    # against its floor. `make eval` still prints both systems on both splits.
    dev = gold_pairs(EVAL / "dev")
    return {
        "dev": score_split(
            dev,
            [read(path).text for path, _ in dev],
            [enriched_seeds[path.name.split(".")[0]] for path, _ in dev],
            _raw_spacy_not_run,
        ),
        **evaluate_splits(
            EVAL,
            read,
            enricher,
            spacy_baseline(load_ner_pipeline(adapted_ner=None)),
            only=["test"],
        ),
    }


def test_on_what_it_was_tuned_on_newsflow_holds_its_floor(
    evaluations: dict[str, Evaluation],
) -> None:
    dev = evaluations["dev"]
    assert len(dev.articles) >= 24
    ours = dev.newsflow
    reached = {"F1": ours.f1, "merge": ours.merge_accuracy, "type": ours.type_accuracy}
    assert all(reached[k] >= floor for k, floor in DEV_FLOOR.items()), format_evaluation(dev)


def test_on_held_out_articles_newsflow_beats_raw_spacy_and_holds_its_floor(
    evaluations: dict[str, Evaluation],
) -> None:
    assert judged_split(evaluations) == "test"
    test = evaluations["test"]
    assert len(test.articles) >= 10
    ours, raw = test.newsflow, test.spacy
    assert ours.f1 > raw.f1 and ours.merge_accuracy > raw.merge_accuracy
    assert ours.type_accuracy > raw.type_accuracy
    reached = {"F1": ours.f1, "merge": ours.merge_accuracy, "type": ours.type_accuracy}
    assert all(reached[k] >= floor for k, floor in HELD_OUT_FLOOR.items()), format_evaluation(test)
