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
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, SentiText

        self._analyser = SentimentIntensityAnalyzer()
        self._lexicon = self._analyser.lexicon
        # VADER replaces an emoji character by character: only one-character keys apply.
        self._emojis = frozenset(e for e in self._analyser.emojis if len(e) == 1)
        self._word = SentiText._strip_punc_if_word  # how VADER cuts a word from its text
        self.version = version("vaderSentiment")

    def score(self, sentences: Sequence[str]) -> list[float]:
        return [self._compound(s) for s in sentences]

    def _compound(self, sentence: str) -> float:
        if self._unscored(sentence):
            return 0.0
        return float(self._analyser.polarity_scores(sentence)["compound"])

    def _unscored(self, sentence: str) -> bool:
        """Only the words of VADER's lexicon carry a valence; everything else (boosters,
        negations, "but", punctuation) scales one. A sentence with no emoji and none of
        those words scores exactly 0 in VADER, about a third of news sentences, at a
        seventh of the cost of asking it."""
        lexicon, word = self._lexicon, self._word
        return self._emojis.isdisjoint(sentence) and not any(
            word(w).lower() in lexicon for w in sentence.split()
        )
