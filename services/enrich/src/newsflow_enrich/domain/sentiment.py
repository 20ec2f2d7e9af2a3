"""Sentiment behind a small interface, so that a stronger model can replace VADER."""

from __future__ import annotations

from collections.abc import Sequence
from importlib.metadata import version
from typing import Protocol

from newsflow_schemas import SentimentLabel

NEUTRAL_BAND = 0.05  # VADER's own recommended threshold for its compound score.


def label_for(compound: float) -> SentimentLabel:
    if compound >= NEUTRAL_BAND:
        return SentimentLabel.POSITIVE
    if compound <= -NEUTRAL_BAND:
        return SentimentLabel.NEGATIVE
    return SentimentLabel.NEUTRAL


class SentimentAnalyser(Protocol):
    name: str
    version: str

    def score(self, sentences: Sequence[str]) -> list[float]:
        """One compound score in [-1, 1] per sentence."""
        ...


class VaderAnalyser:
    """VADER: a lexicon and rules, fast and offline; tuned on social media, not news, where
    it is much weaker (Hutto and Gilbert, ICWSM 2014; see docs/entities.md)."""

    name = "vaderSentiment"

    def __init__(self) -> None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self._analyser = SentimentIntensityAnalyzer()
        self.version = version("vaderSentiment")

    def score(self, sentences: Sequence[str]) -> list[float]:
        return [float(self._analyser.polarity_scores(s)["compound"]) for s in sentences]
