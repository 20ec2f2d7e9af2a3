"""The bench's corpus: seed-sized, varied, and the same whatever joins `dev` later."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from benchmarks.bench import corpus
from benchmarks.bench.corpus import corpus_articles, corpus_texts


def test_the_corpus_is_seed_sized_and_no_two_articles_alike() -> None:
    articles = corpus_articles(corpus_texts(300))
    assert len({a.text for a in articles}) == 300
    assert 3_500 <= statistics.mean(len(a.text.encode()) for a in articles) <= 4_500


def test_an_article_joining_dev_later_leaves_the_corpus_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = corpus_texts(300)
    dev = tmp_path / "eval" / "entities" / "dev"
    dev.mkdir(parents=True)
    for path in corpus.ROOT.glob("eval/entities/dev/*.txt"):
        (dev / path.name).symlink_to(path)
    (tmp_path / "seeds").symlink_to(corpus.ROOT / "seeds")
    (dev / "1000_a_new_blind_set_article.fiction.txt").write_text(
        "A short invented story\n\nStandfirst.\n\n- A bullet.\n\nOne paragraph.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(corpus, "ROOT", tmp_path)
    assert corpus_texts(300) == before
