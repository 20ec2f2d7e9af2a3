"""The gold articles of one split as training examples, chosen by their number."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from newsflow_enrich.adaptation.spans import GoldSpans, Unmatched, gold_example
from newsflow_enrich.evaluation.gold import gold_pairs
from newsflow_schemas import RawArticle

ReadArticle = Callable[[Path], RawArticle]


def article_number(path: Path) -> int:
    """dev/1104_some_story.json or its article -> 1104 (the seed dev/000 -> 0)."""
    return int(path.name.split("_", 1)[0])


def gold_examples(
    split_dir: Path,
    read_article: ReadArticle,
    base: Language,
    keep: Callable[[int], bool] = lambda _: True,
    unmatched: Unmatched = "outside",
) -> list[GoldSpans]:
    return [
        gold_example(base, read_article(article).text, gold, unmatched)
        for article, gold in gold_pairs(split_dir)
        if keep(article_number(article))
    ]


def gold_digest(split_dir: Path) -> str:
    """The sha256 of a split's gold files and the articles they annotate: the adapted
    `ner` records the one it was trained on, so a change to dev that was not retrained on
    shows up as a failing test, not as a model quietly out of date."""
    digest = hashlib.sha256()
    for gold in sorted(split_dir.glob("*.json")):
        digest.update(gold.name.encode() + b"\0" + gold.read_bytes())
    for article, _ in sorted(gold_pairs(split_dir)):
        digest.update(article.name.encode() + b"\0" + article.read_bytes())
    return digest.hexdigest()
