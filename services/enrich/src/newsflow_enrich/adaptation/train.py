"""Fine-tuning en_core_web_sm's `ner` on gold examples, from the package's own weights.

Only `ner` learns (it has a tok2vec of its own; nothing else is loaded). Seeds are fixed
and the examples are shuffled by a seeded generator, so one machine gives one model.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.training import Example
from thinc.api import fix_random_seed

from newsflow_enrich.domain.pipeline import DEFAULT_MODEL_PACKAGE, load_package_ner, ner_of

NER = "ner"


@dataclass(frozen=True)
class TrainingSettings:
    epochs: int = 8
    dropout: float = 0.25
    batch_size: int = 8
    seed: int = 11


def add_training_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every command that trains takes: the settings, and what to do with the
    base model's entities that name no gold one (spans.py)."""
    defaults = TrainingSettings()
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--dropout", type=float, default=defaults.dropout)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--unmatched", choices=("outside", "missing"), default="outside")


def training_settings(args: argparse.Namespace) -> TrainingSettings:
    return TrainingSettings(epochs=args.epochs, dropout=args.dropout, seed=args.seed)


def train_ner(
    examples: Sequence[Example],
    out: Path,
    settings: TrainingSettings = TrainingSettings(),
    package: str = DEFAULT_MODEL_PACKAGE,
) -> list[float]:
    """Trains, saves the `ner` component (averaged weights) to `out`, and returns the
    loss of each epoch."""
    fix_random_seed(settings.seed)
    nlp = load_package_ner(package)
    optimizer = nlp.resume_training()
    order = random.Random(settings.seed)
    shuffled = list(examples)
    losses_by_epoch = []
    for epoch in range(settings.epochs):
        started = time.perf_counter()
        order.shuffle(shuffled)
        losses: dict[str, float] = {}
        with nlp.select_pipes(enable=[NER]):
            for at in range(0, len(shuffled), settings.batch_size):
                batch = shuffled[at : at + settings.batch_size]
                nlp.update(batch, sgd=optimizer, drop=settings.dropout, losses=losses)
        losses_by_epoch.append(losses[NER])
        seconds = time.perf_counter() - started
        print(f"epoch {epoch + 1}: ner loss {losses[NER]:.1f} ({seconds:.0f} s)", flush=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    with nlp.use_params(optimizer.averages):
        # The vocab is the package's: only the weights, the labels and the settings are saved.
        ner_of(nlp).to_disk(out, exclude=["vocab"])
    return losses_by_epoch
