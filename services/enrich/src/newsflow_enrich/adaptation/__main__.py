"""Builds the adapted `ner` from every dev gold article, reproducibly:

uv run --locked python -m newsflow_enrich.adaptation --out <dir>
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from pathlib import Path

from newsflow_enrich.adaptation.corpus import gold_digest, gold_examples
from newsflow_enrich.adaptation.spans import summary
from newsflow_enrich.adaptation.train import TrainingSettings, base_ner, train_ner
from newsflow_enrich.domain.pipeline import TRAINED_ON

DEV = Path("eval/entities/dev")


def main() -> None:
    defaults = TrainingSettings()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where the ner is saved")
    parser.add_argument("--dev", type=Path, default=DEV, help="the gold split trained on")
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--dropout", type=float, default=defaults.dropout)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--unmatched", choices=("outside", "missing"), default="outside")
    args = parser.parse_args()
    # The ingest service reads articles exactly as `newsflow eval` does; imported here so
    # the library part of this package needs no ingest.
    from newsflow_ingest.service import read_article

    now = datetime.now(UTC)
    built = gold_examples(
        args.dev, lambda path: read_article(path, now), base_ner(), unmatched=args.unmatched
    )
    print(summary(built), flush=True)
    settings = TrainingSettings(epochs=args.epochs, dropout=args.dropout, seed=args.seed)
    started = time.perf_counter()
    train_ner([b.example for b in built], args.out, settings)
    trained_on = {
        "dev_digest": gold_digest(args.dev),
        "articles": len(built),
        "epochs": settings.epochs,
        "dropout": settings.dropout,
        "seed": settings.seed,
        "unmatched": args.unmatched,
    }
    (args.out / TRAINED_ON).write_text(json.dumps(trained_on, indent=2) + "\n", encoding="utf-8")
    print(f"trained in {time.perf_counter() - started:.0f} s; saved to {args.out}")


if __name__ == "__main__":
    main()
