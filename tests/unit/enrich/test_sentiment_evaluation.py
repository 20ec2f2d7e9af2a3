"""The sentiment evaluation: a reader's labels against the model's, 3 classes."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from newsflow_enrich.domain import VaderAnalyser
from newsflow_enrich.evaluation.sentiment import (
    LabelledSentence,
    SentimentSetError,
    format_sentiment,
    read_sentiment_set,
    score_sentiment,
    sentiment_report,
)
from newsflow_schemas import SentimentLabel

TEST_SET = Path(__file__).parents[3] / "eval" / "sentiment" / "test.jsonl"
NEG, NEU, POS = SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE


class ScriptedAnalyser:
    """Answers each sentence with the compound score written in it."""

    name = "scripted"
    version = "1"

    def score(self, sentences: Sequence[str]) -> list[float]:
        return [float(s) for s in sentences]


def labelled(*pairs: tuple[str, SentimentLabel]) -> list[LabelledSentence]:
    return [LabelledSentence(text, label) for text, label in pairs]


def test_accuracy_macro_f1_and_sign_flips_by_hand() -> None:
    sentences = labelled(
        ("-0.6", NEG), ("0.3", NEG),  # right; a flip
        ("0.0", NEU), ("0.049", NEU), ("-0.05", NEU),  # right, right (inside the band); wrong
        ("0.05", POS), ("-0.2", POS), ("0.01", POS),  # right (the band's edge); a flip; wrong
    )  # fmt: skip
    score = score_sentiment(ScriptedAnalyser(), sentences)
    assert score.total == 8
    assert score.accuracy == pytest.approx(4 / 8)
    assert score.sign_flips == 2
    # negative: 1 right, 3 predicted, 2 gold; neutral: 2, 3, 3; positive: 1, 2, 3
    assert score.f1(NEG) == pytest.approx(2 / 5)
    assert score.f1(NEU) == pytest.approx(4 / 6)
    assert score.f1(POS) == pytest.approx(2 / 5)
    assert score.macro_f1 == pytest.approx((2 / 5 + 4 / 6 + 2 / 5) / 3)


def test_a_perfect_model_scores_one_and_the_table_says_so() -> None:
    sentences = labelled(("-0.9", NEG), ("0.0", NEU), ("0.9", POS))
    score = score_sentiment(ScriptedAnalyser(), sentences)
    assert (score.accuracy, score.macro_f1, score.sign_flips) == (1.0, 1.0, 0)
    row = format_sentiment([score]).splitlines()[2].split()
    assert row[:5] == ["scripted", "1", "3", "1.00", "1.00"]


@pytest.mark.parametrize(
    "line", ['{"text": "x"}', '{"text": "x", "label": "mixed"}', "not json", "[1, 2]"]
)
def test_a_bad_line_names_its_file_and_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(f'{{"text": "fine", "label": "neutral"}}\n\n{line}\n')
    with pytest.raises(SentimentSetError, match=r"set\.jsonl:3"):
        read_sentiment_set(path)


def test_the_held_out_set_is_balanced_and_big_enough() -> None:
    sentences = read_sentiment_set(TEST_SET)
    counts = Counter(s.label for s in sentences)
    assert len(sentences) >= 60 and len(set(counts.values())) == 1, counts
    assert len({s.text for s in sentences}) == len(sentences)
    ids = [json.loads(line)["id"] for line in TEST_SET.read_text().splitlines()]
    assert len(set(ids)) == len(ids)


def test_the_report_scores_vader_on_the_held_out_set() -> None:
    report = sentiment_report(TEST_SET, VaderAnalyser())
    assert str(TEST_SET) in report.splitlines()[0]
    assert report.splitlines()[-1].split()[:3] == ["vaderSentiment", "3.3.2", "66"]
