"""What the enrichment core outputs, as a file two versions can be compared by.

    uv run --locked python -m benchmarks.core_output before.jsonl   # on the old version
    uv run --locked python -m benchmarks.core_output after.jsonl    # on the new one
    cmp before.jsonl after.jsonl

One JSON line per article, `Enricher.enrich_batch` in the bench's batches of 16, over the
bench corpus, the seed and every dev gold article; without what changes from run to run
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
UNSTABLE = {"timings": True, "enriched_at": True, "article": {"ingested_at"}}


def articles() -> list[RawArticle]:
    paths = [path for pattern in SOURCES for path in sorted(ROOT.glob(pattern))]
    sources = [path.read_text(encoding="utf-8") for path in paths]
    return corpus_articles(corpus_texts(CORPUS)) + corpus_articles(sources, source="dev")


def line(enriched: EnrichedArticle) -> str:
    stable = enriched.model_dump(mode="json", exclude=UNSTABLE)
    return json.dumps(stable, sort_keys=True, ensure_ascii=False)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON-lines file to write")
    out = parser.parse_args(argv).out
    enricher = Enricher(load_ner_pipeline(), VaderAnalyser(), batch_size=BATCH)
    batch = articles()
    lines = [
        line(enriched)
        for i in range(0, len(batch), BATCH)
        for enriched in enricher.enrich_batch(batch[i : i + BATCH])
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles -> {out}")


if __name__ == "__main__":
    main()
