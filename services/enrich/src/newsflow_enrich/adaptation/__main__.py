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
from newsflow_enrich.adaptation.train import (
    add_training_arguments,
    train_ner,
    training_settings,
)
from newsflow_enrich.domain.pipeline import TRAINED_ON, load_package_ner

DEV = Path("eval/entities/dev")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where the ner is saved")
    parser.add_argument("--dev", type=Path, default=DEV, help="the gold split trained on")
    add_training_arguments(parser)
    args = parser.parse_args()
    # The ingest service reads articles exactly as `newsflow eval` does; imported here so
    # the library part of this package needs no ingest.
    from newsflow_ingest.service import read_article

    now = datetime.now(UTC)
    built = gold_examples(
        args.dev, lambda path: read_article(path, now), load_package_ner(), unmatched=args.unmatched
    )
    print(summary(built), flush=True)
    settings = training_settings(args)
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
