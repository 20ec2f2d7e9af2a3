"""What the enrichment core outputs, as a file two versions can be compared by.

    uv run --locked python -m benchmarks.core_output before.jsonl   # on the old version
    uv run --locked python -m benchmarks.core_output after.jsonl    # on the new one
    cmp before.jsonl after.jsonl

One JSON line per article, `Enricher.enrich_batch` in the bench's batches of 16, over the
bench corpus, the seeds and a fixed sample of the dev gold articles (`--dev`, 200 by
default, spread evenly over the rounds in which they were written; `--dev -1` for all of
them, which takes half an hour at 1,700 articles); without what changes from run to run
(the timings, enriched_at, the article's ingested_at). A speed-up that leaves the output
alone leaves this file byte for byte the same."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from benchmarks.bench.corpus import ROOT, SOURCES, corpus_articles, corpus_texts
from benchmarks.bench.inprocess import BATCH
from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_schemas import EnrichedArticle, RawArticle

CORPUS = 120  # what `newsflow bench` measures the core on
DEV_SAMPLE = 200  # dev grows by 44 articles a round: all of it no longer runs in minutes
UNSTABLE = {"timings": True, "enriched_at": True, "article": {"ingested_at"}}


def articles(dev_sample: int = DEV_SAMPLE) -> list[RawArticle]:
    seeds, dev = (sorted(ROOT.glob(pattern)) for pattern in SOURCES)
    paths = seeds + evenly(dev, dev_sample)
    sources = [path.read_text(encoding="utf-8") for path in paths]
    return corpus_articles(corpus_texts(CORPUS)) + corpus_articles(sources, source="dev")


def evenly(paths: Sequence[Path], count: int) -> list[Path]:
    """`count` of the paths, spread evenly over them in their order (all when count < 0
    or there are no more): the same sample on every run and every machine."""
    if count < 0 or count >= len(paths):
        return list(paths)
    return [paths[i * len(paths) // count] for i in range(count)]


def dev_sample_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dev", type=int, default=DEV_SAMPLE, help="dev articles to add (-1: all of them)"
    )


def line(enriched: EnrichedArticle) -> str:
    stable = enriched.model_dump(mode="json", exclude=UNSTABLE)
    return json.dumps(stable, sort_keys=True, ensure_ascii=False)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON-lines file to write")
    dev_sample_option(parser)
    args = parser.parse_args(argv)
    enricher = Enricher(load_ner_pipeline(), VaderAnalyser(), batch_size=BATCH)
    batch = articles(args.dev)
    lines = [
        line(enriched)
        for i in range(0, len(batch), BATCH)
        for enriched in enricher.enrich_batch(batch[i : i + BATCH])
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles -> {args.out}")


if __name__ == "__main__":
    main()
