"""Measuring entity linking against hand-made gold annotations (eval/entities/<split>/*.json).
Pure: reads gold files and articles handed to it, runs no broker."""

from newsflow_enrich.evaluation.error_classes import (
    MERGE_CLASSES,
    ErrorCounts,
    classify_errors,
    format_error_counts,
    merge_class,
)
from newsflow_enrich.evaluation.gold import (
    GoldArticle,
    GoldEntity,
    GoldError,
    gold_pairs,
    load_gold,
)
from newsflow_enrich.evaluation.report import (
    SPLITS,
    Evaluation,
    evaluate,
    evaluate_splits,
    format_evaluation,
    judged_split,
    predicted_entities,
    score_split,
    spacy_baseline,
)
from newsflow_enrich.evaluation.scorer import Predicted, Score, score_article

__all__ = [
    "MERGE_CLASSES",
    "SPLITS",
    "ErrorCounts",
    "Evaluation",
    "GoldArticle",
    "GoldEntity",
    "GoldError",
    "Predicted",
    "Score",
    "classify_errors",
    "evaluate",
    "evaluate_splits",
    "format_error_counts",
    "format_evaluation",
    "gold_pairs",
    "judged_split",
    "load_gold",
    "merge_class",
    "predicted_entities",
    "score_article",
    "score_split",
    "spacy_baseline",
]
