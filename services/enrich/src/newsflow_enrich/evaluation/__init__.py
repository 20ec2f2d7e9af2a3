"""Measuring entity linking against hand-made gold annotations (seeds/gold/*.json).
Pure: reads gold files and articles handed to it, runs no broker."""

from newsflow_enrich.evaluation.gold import GoldArticle, GoldEntity, GoldError, load_gold
from newsflow_enrich.evaluation.report import (
    Evaluation,
    evaluate,
    format_evaluation,
    predicted_entities,
    spacy_baseline,
)
from newsflow_enrich.evaluation.scorer import Predicted, Score, score_article

__all__ = [
    "Evaluation",
    "GoldArticle",
    "GoldEntity",
    "GoldError",
    "Predicted",
    "Score",
    "evaluate",
    "format_evaluation",
    "load_gold",
    "predicted_entities",
    "score_article",
    "spacy_baseline",
]
