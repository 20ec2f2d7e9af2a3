"""The evaluation table: raw spaCy beside newsflow, per article and over the whole set."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import reduce
from pathlib import Path

from spacy.language import Language

from newsflow_enrich.domain.enricher import Enricher
from newsflow_enrich.domain.mentions import coarse_type
from newsflow_enrich.domain.pipeline import PARAGRAPHS
from newsflow_enrich.evaluation.error_classes import ErrorCounts, classify_errors
from newsflow_enrich.evaluation.gold import GoldArticle, gold_pairs
from newsflow_enrich.evaluation.scorer import Predicted, Score, score_article
from newsflow_schemas import EnrichedArticle, RawArticle

TARGETS = {"F1": 0.95, "merge": 0.90, "type": 0.95}
# `dev` is what the rules are tuned on: its figures are an indication. `test` is held out:
# written before the rules it measures and never read while tuning; its figures are the result.
SPLITS = ("dev", "test")
Baseline = Callable[[str], list[Predicted]]
_NAME = 44  # width of the article column: the longest gold file stem, with room to spare


@dataclass(frozen=True)
class ArticleScores:
    article: str
    gold_entities: int
    spacy: Score
    newsflow: Score
    errors: ErrorCounts  # newsflow's, by class


@dataclass(frozen=True)
class Evaluation:
    articles: tuple[ArticleScores, ...]

    @property
    def spacy(self) -> Score:
        return reduce(lambda a, b: a + b, (a.spacy for a in self.articles), Score())

    @property
    def newsflow(self) -> Score:
        return reduce(lambda a, b: a + b, (a.newsflow for a in self.articles), Score())

    @property
    def errors(self) -> ErrorCounts:
        return reduce(lambda a, b: a + b, (a.errors for a in self.articles), ErrorCounts())

    def meets_targets(self) -> bool:
        score = self.newsflow
        achieved = (score.f1, score.merge_accuracy, score.type_accuracy)
        return all(a >= t for a, t in zip(achieved, TARGETS.values(), strict=True))


def spacy_baseline(nlp: Language) -> Baseline:
    """Raw spaCy: each distinct entity text is one entity, typed by its commonest label."""

    def predict(text: str) -> list[Predicted]:
        disabled = [PARAGRAPHS] if PARAGRAPHS in nlp.pipe_names else []
        with nlp.select_pipes(disable=disabled):
            doc = nlp(text)
        by_text: dict[str, list[str]] = {}
        for ent in doc.ents:
            by_text.setdefault(ent.text, []).append(ent.label_)
        return [
            Predicted(coarse_type(max(labels, key=labels.count)), (text,) * len(labels))
            for text, labels in by_text.items()
        ]

    return predict


def predicted_entities(enriched: EnrichedArticle) -> list[Predicted]:
    return [
        Predicted(e.type, tuple(m.text for m in e.mentions)) for e in enriched.canonical_entities
    ]


def evaluate_splits(
    eval_dir: Path,
    read_article: Callable[[Path], RawArticle],
    enricher: Enricher,
    baseline: Baseline,
    only: Sequence[str] | None = None,
) -> dict[str, Evaluation]:
    """Each split that has gold files, in the order dev, test (or only those named)."""
    return {
        split: evaluate(eval_dir / split, read_article, enricher, baseline)
        for split in SPLITS
        if (only is None or split in only) and any((eval_dir / split).glob("*.json"))
    }


def judged_split(evaluations: dict[str, Evaluation]) -> str:
    """The split the targets are judged on: the held-out one, once it exists."""
    return "test" if "test" in evaluations else "dev"


def evaluate(
    split_dir: Path,
    read_article: Callable[[Path], RawArticle],
    enricher: Enricher,
    baseline: Baseline,
) -> Evaluation:
    pairs = gold_pairs(split_dir)
    articles = [read_article(path) for path, _ in pairs]
    texts = [article.text for article in articles]
    return score_split(pairs, texts, enricher.enrich_batch(articles), baseline)


def score_split(
    pairs: Sequence[tuple[Path, GoldArticle]],
    texts: Sequence[str],
    enriched: Sequence[EnrichedArticle],
    baseline: Baseline,
) -> Evaluation:
    """One split's scores from articles already enriched: each text, and what newsflow made
    of it, in the order of `pairs` (`gold_pairs`)."""
    return Evaluation(
        tuple(
            _article_scores(path, gold, text, baseline, predicted_entities(result))
            for (path, gold), text, result in zip(pairs, texts, enriched, strict=True)
        )
    )


def _article_scores(
    path: Path, gold: GoldArticle, text: str, baseline: Baseline, predicted: list[Predicted]
) -> ArticleScores:
    return ArticleScores(
        article=path.stem,
        gold_entities=len(gold.entities),
        spacy=score_article(gold, text, baseline(text)),
        newsflow=score_article(gold, text, predicted),
        errors=classify_errors(gold, text, predicted),
    )


def format_evaluation(evaluation: Evaluation) -> str:
    header = f"{'article':<{_NAME}} {'gold':>4}  {'system':<8} {'P':>5} {'R':>5} {'F1':>5} "
    header += f"{'merge':>7} {'type':>5}   tp  fp  fn"
    lines = [header, "-" * len(header)]
    for article in evaluation.articles:
        lines += _rows(article.article, article.gold_entities, article.spacy, article.newsflow)
    lines.append("-" * len(header))
    total_gold = sum(a.gold_entities for a in evaluation.articles)
    label = f"ALL ({len(evaluation.articles)} articles)"
    # The totals, which the targets judge, to three places: rounded to two, an F1 of 0.947
    # reads as the 0.95 it misses.
    lines += _rows(label, total_gold, evaluation.spacy, evaluation.newsflow, places=3)
    targets = f"{'target':<{_NAME}} {'':>4}  {'':<8} {'':>5} {'':>5} {TARGETS['F1']:>5.3f} "
    lines.append(targets + f"{TARGETS['merge']:>7.3f} {TARGETS['type']:>5.3f}")
    return "\n".join(lines)


def _rows(name: str, gold: int, spacy: Score, newsflow: Score, places: int = 2) -> Sequence[str]:
    return [
        f"{name:<{_NAME}} {gold:>4}  {'spaCy':<8} {_cells(spacy, places)}",
        f"{'':<{_NAME}} {'':>4}  {'newsflow':<8} {_cells(newsflow, places)}",
    ]


def _cells(score: Score, places: int) -> str:
    merge = f"{score.merge_accuracy:.{places}f}" if score.mergeable else "  -"
    return (
        f"{score.precision:>5.{places}f} {score.recall:>5.{places}f} {score.f1:>5.{places}f}"
        f" {merge:>7} {score.type_accuracy:>5.{places}f} {score.true_positives:>4}"
        f" {score.false_positives:>3} {score.false_negatives:>3}"
    )
