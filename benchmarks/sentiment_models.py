"""Offline sentiment models beside VADER on the held-out set, with newsflow's scorer.

    uv run --locked --with textblob==0.20.1 --with afinn==0.1 python -m benchmarks.sentiment_models

TextBlob (the Pattern lexicon) and AFINN bundle their lexicons, so they run offline like
VADER; neither is a dependency of newsflow, hence `--with`. Each score goes through the
same label_for thresholds (±0.05): TextBlob's polarity is in [-1, 1] already, AFINN's sum
of word valences is divided by 5 and clipped. No transformer model is on a registry here
as a pinned package with its weights (docs/language.md), so none is compared."""

from __future__ import annotations

import time
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

from newsflow_enrich.domain import SentimentAnalyser, VaderAnalyser
from newsflow_enrich.evaluation.sentiment import (
    format_sentiment,
    read_sentiment_set,
    score_sentiment,
)

TEST_SET = Path(__file__).parents[1] / "eval" / "sentiment" / "test.jsonl"


class TextBlobAnalyser:
    name = "textblob"

    def __init__(self) -> None:
        from textblob import TextBlob

        self._blob = TextBlob
        self.version = version("textblob")

    def score(self, sentences: Sequence[str]) -> list[float]:
        return [float(self._blob(s).sentiment.polarity) for s in sentences]


class AfinnAnalyser:
    name = "afinn"

    def __init__(self) -> None:
        from afinn import Afinn

        self._afinn = Afinn()
        self.version = version("afinn")

    def score(self, sentences: Sequence[str]) -> list[float]:
        return [max(-1.0, min(1.0, float(self._afinn.score(s)) / 5)) for s in sentences]


def main() -> None:
    sentences = read_sentiment_set(TEST_SET)
    analysers: list[SentimentAnalyser] = [VaderAnalyser(), TextBlobAnalyser(), AfinnAnalyser()]
    scores = []
    for analyser in analysers:
        started = time.perf_counter()
        scores.append(score_sentiment(analyser, sentences))
        per_sentence = (time.perf_counter() - started) / len(sentences)
        print(f"{analyser.name}: {per_sentence * 1000:.2f} ms a sentence")
    print(format_sentiment(scores))


if __name__ == "__main__":
    main()
