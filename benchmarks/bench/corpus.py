"""A deterministic corpus of seed-sized, varied articles, in the seed text format.

Each article is one source article's title, standfirst and bullets over that seed's paragraphs in a
shuffled order, with one paragraph of another seed put in: the same size as the seeds,
but no two articles alike, and the same corpus on every run."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

from newsflow_ingest.domain import parse_article
from newsflow_schemas import RawArticle

ROOT = Path(__file__).parents[2]
# The seed article and the development half of the entity evaluation set: real-sized
# news articles in the seed format (the held-out half stays out of anything tuned).
SOURCES = ("seeds/*.txt", "eval/entities/dev/*.txt")


def _blocks(text: str) -> list[str]:
    return [block for block in text.split("\n\n") if block.strip()]


def corpus_texts(count: int, run: str = "bench", seed: int = 13) -> list[str]:
    """`run` goes into every title: each run's articles get ids of their own."""
    paths = [path for pattern in SOURCES for path in sorted(ROOT.glob(pattern))]
    seeds = [_blocks(p.read_text(encoding="utf-8")) for p in paths]
    rng = random.Random(seed)
    texts = []
    for i in range(count):
        blocks = seeds[i % len(seeds)]
        head, body = blocks[:3], blocks[3:]  # title, standfirst, bullets: kept in place
        other = seeds[(i + 1 + rng.randrange(len(seeds) - 1)) % len(seeds)][3:]
        body = [*rng.sample(body, len(body) - 1), rng.choice(other)]
        title = f"{head[0]} ({run} {i})"
        texts.append("\n\n".join([title, *head[1:], *body]) + "\n")
    return texts


def corpus_articles(texts: list[str], source: str = "bench") -> list[RawArticle]:
    now = datetime.now(UTC)
    return [parse_article(text, source=source, ingested_at=now) for text in texts]
