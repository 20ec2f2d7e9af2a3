"""The NER ceiling and newsflow's enrichment core, in-process, one process per core.

    uv run --locked python -m benchmarks.bench.inprocess [--articles 96] [--repeats 4]

Each process loads both, the NER alone and the enrichment core, waits at a barrier until
every process has, then runs its share of the corpus batch by batch through each, in turn,
the one that goes first alternating from batch to batch; each one's time is summed over its
batches. The two are timed in the same processes over the same minutes, so that a slow
spell of the host (this 2-vCPU machine has them) hits both alike: timed one after the
other, a minute apart, the same core gave ratios from 0.64 to 0.90. Each rate is the
corpus over the slowest process's time. The time is the process's CPU time: on a quiet
machine, with one process per core, that is its wall time, and on a shared one it leaves
out the time other work took the core away.

These processes hold two models each: their memory is not the enrich worker's, and the
bench takes the worker's peak RSS from the pipeline's own enrich processes (stack.py).
Run as a module, it prints the ratio of `--repeats` runs, to show how much it moves."""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import os
import statistics
import time
from collections.abc import Callable, Sequence
from multiprocessing.synchronize import Barrier

from newsflow_enrich.domain.pipeline import DEFAULT_MODEL_PACKAGE
from newsflow_schemas import RawArticle

BATCH = 16  # what Enricher and the enrich service use
# `ner` has a tok2vec of its own: everything else in the model package is left out.
NOT_NER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
CEILING, BASELINE = "ceiling", "baseline"

Run = Callable[[Sequence[RawArticle]], object]


def ner_alone() -> Run:
    """spaCy's `ner` and a rule-based `sentencizer`, nothing else: the ceiling."""
    nlp = importlib.import_module(DEFAULT_MODEL_PACKAGE).load(exclude=list(NOT_NER))
    nlp.add_pipe("sentencizer")

    def run(articles: Sequence[RawArticle]) -> object:
        return list(nlp.pipe((a.text for a in articles), batch_size=BATCH))

    return run


def enrichment_core() -> Run:
    """Enricher.enrich_batch as the enrich worker runs it: the baseline."""
    from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline

    enricher = Enricher(load_ner_pipeline(), VaderAnalyser(), batch_size=BATCH)
    return enricher.enrich_batch


def _worker(articles: list[RawArticle], ready: Barrier) -> dict[str, float]:
    from newsflow_enrich.runtime import keep_long_lived_out_of_gc

    runs = {CEILING: ner_alone(), BASELINE: enrichment_core()}
    keep_long_lived_out_of_gc()  # as the enrich worker does, after loading both
    for run in runs.values():
        run(articles[:2])  # warm-up: first calls pay for lazy initialisation
    ready.wait()
    seconds = dict.fromkeys(runs, 0.0)
    for turn, start in enumerate(range(0, len(articles), BATCH)):
        batch = articles[start : start + BATCH]
        for name in (CEILING, BASELINE) if turn % 2 == 0 else (BASELINE, CEILING):
            started = time.process_time()
            runs[name](batch)
            seconds[name] += time.process_time() - started
    return seconds


def articles_per_second(articles: list[RawArticle], processes: int = 0) -> dict[str, float]:
    """The ceiling's and the baseline's rates, by name, over the same processes."""
    processes = processes or os.cpu_count() or 1
    shares = [articles[i::processes] for i in range(processes)]
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        ready = manager.Barrier(processes)
        with context.Pool(processes) as pool:
            seconds = pool.starmap(_worker, [(share, ready) for share in shares])
    return {name: len(articles) / max(s[name] for s in seconds) for name in (CEILING, BASELINE)}


def main(argv: Sequence[str] | None = None) -> None:
    from benchmarks.bench.corpus import corpus_articles, corpus_texts

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=96, help="corpus size")
    parser.add_argument("--repeats", type=int, default=4, help="runs, one after the other")
    args = parser.parse_args(argv)
    articles = corpus_articles(corpus_texts(args.articles))
    ratios = []
    for _ in range(args.repeats):
        rates = articles_per_second(articles)
        ratios.append(rates[BASELINE] / rates[CEILING])
        print(
            f"ceiling {rates[CEILING]:6.2f}/s  baseline {rates[BASELINE]:6.2f}/s  "
            f"ratio {ratios[-1]:.3f}",
            flush=True,
        )
    spread = f"{min(ratios):.3f}..{max(ratios):.3f}"
    print(f"ratio: median {statistics.median(ratios):.3f}, range {spread}")


if __name__ == "__main__":
    main()
