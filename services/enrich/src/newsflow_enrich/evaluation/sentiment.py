"""Sentiment against a reader's labels: 3-class accuracy and macro-F1 over news sentences
(eval/sentiment/test.jsonl), each sentence labelled by the thresholds enrich uses."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsflow_enrich.domain.sentiment import SentimentAnalyser, label_for
from newsflow_schemas import SentimentLabel

CLASSES = (SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE)


class SentimentSetError(ValueError):
    """A line of the labelled set that is not {"text": ..., "label": ...}."""


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    label: SentimentLabel


@dataclass(frozen=True)
class SentimentScore:
    model: str
    confusion: Counter[tuple[SentimentLabel, SentimentLabel]]  # (gold, predicted): count

    @property
    def total(self) -> int:
        return sum(self.confusion.values())

    @property
    def accuracy(self) -> float:
        right = sum(self.confusion[(label, label)] for label in CLASSES)
        return right / self.total if self.total else 0.0

    def f1(self, label: SentimentLabel) -> float:
        right = self.confusion[(label, label)]
        predicted = sum(n for (_, p), n in self.confusion.items() if p == label)
        gold = sum(n for (g, _), n in self.confusion.items() if g == label)
        return 2 * right / (predicted + gold) if predicted + gold else 0.0

    @property
    def sign_flips(self) -> int:
        """Good news read as bad, or bad as good: the error a reader trusts least."""
        negative, positive = SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE
        return self.confusion[(negative, positive)] + self.confusion[(positive, negative)]

    @property
    def macro_f1(self) -> float:
        return sum(self.f1(label) for label in CLASSES) / len(CLASSES)


def read_sentiment_set(path: Path) -> list[LabelledSentence]:
    sentences = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
                sentences.append(LabelledSentence(str(row["text"]), SentimentLabel(row["label"])))
            except (ValueError, KeyError, TypeError) as error:
                raise SentimentSetError(f"{path}:{number}: {error!r}") from None
    return sentences


def score_sentiment(
    analyser: SentimentAnalyser, sentences: Sequence[LabelledSentence]
) -> SentimentScore:
    compounds = analyser.score([s.text for s in sentences])
    pairs = (
        (s.label, label_for(compound)) for s, compound in zip(sentences, compounds, strict=True)
    )
    return SentimentScore(f"{analyser.name} {analyser.version}", Counter(pairs))


def format_sentiment(scores: Sequence[SentimentScore]) -> str:
    header = f"{'sentiment model':<24} {'n':>3} {'accuracy':>8} {'macro-F1':>8}"
    header += "".join(f" {'F1 ' + label.value[:3]:>7}" for label in CLASSES) + "  sign flips"
    lines = [header, "-" * len(header)]
    for score in scores:
        cells = f"{score.model:<24} {score.total:>3} {score.accuracy:>8.2f} {score.macro_f1:>8.2f}"
        cells += "".join(f" {score.f1(label):>7.2f}" for label in CLASSES)
        lines.append(f"{cells}  {score.sign_flips:>10}")
    return "\n".join(lines)


def sentiment_report(path: Path, analyser: SentimentAnalyser) -> str:
    """The table `newsflow eval` prints, for the set at `path`."""
    sentences = read_sentiment_set(path)
    caption = f"Sentiment on {path} (held out), labelled by label_for's thresholds:"
    return f"{caption}\n{format_sentiment([score_sentiment(analyser, sentences)])}"
