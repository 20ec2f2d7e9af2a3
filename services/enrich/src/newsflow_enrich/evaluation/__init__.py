"""Measuring entity linking against hand-made gold annotations (eval/entities/<split>/*.json).
Pure: reads gold files and articles handed to it, runs no broker."""

from newsflow_enrich.evaluation.gold import GoldArticle, GoldEntity, GoldError, load_gold
from newsflow_enrich.evaluation.report import (
    SPLITS,
    Evaluation,
    evaluate,
    evaluate_splits,
    format_evaluation,
    judged_split,
    predicted_entities,
    spacy_baseline,
)
from newsflow_enrich.evaluation.scorer import Predicted, Score, score_article

__all__ = [
    "SPLITS",
    "Evaluation",
    "GoldArticle",
    "GoldEntity",
    "GoldError",
    "Predicted",
    "Score",
    "evaluate",
    "evaluate_splits",
    "format_evaluation",
    "judged_split",
    "load_gold",
    "predicted_entities",
    "score_article",
    "spacy_baseline",
]
