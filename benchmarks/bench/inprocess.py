"""The NER ceiling and newsflow's enrichment core, in-process, one process per core.

Each process loads its own model, waits at a barrier until every process has, then times
its share of the corpus; the rate is the corpus over the slowest process's time. The time
is the process's CPU time: on a quiet machine, with one process per core, that is its wall
time, and on a shared one it leaves out the time other work took the core away."""

from __future__ import annotations

import importlib
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from multiprocessing.synchronize import Barrier

from newsflow_enrich.domain.pipeline import DEFAULT_MODEL_PACKAGE
from newsflow_schemas import RawArticle

BATCH = 16  # what Enricher and the enrich service use
# `ner` has a tok2vec of its own: everything else in the model package is left out.
NOT_NER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


def ner_alone() -> Callable[[Sequence[RawArticle]], object]:
    """spaCy's `ner` and a rule-based `sentencizer`, nothing else: the ceiling."""
    nlp = importlib.import_module(DEFAULT_MODEL_PACKAGE).load(exclude=list(NOT_NER))
    nlp.add_pipe("sentencizer")

    def run(articles: Sequence[RawArticle]) -> object:
        return list(nlp.pipe((a.text for a in articles), batch_size=BATCH))

    return run


def enrichment_core() -> Callable[[Sequence[RawArticle]], object]:
    """Enricher.enrich_batch as the enrich worker runs it: the baseline."""
    from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
    from newsflow_enrich.runtime import keep_long_lived_out_of_gc

    enricher = Enricher(load_ner_pipeline(), VaderAnalyser(), batch_size=BATCH)
    keep_long_lived_out_of_gc()

    def run(articles: Sequence[RawArticle]) -> object:
        batches = range(0, len(articles), BATCH)
        return [enricher.enrich_batch(articles[i : i + BATCH]) for i in batches]

    return run


MEASURED = {"ceiling": ner_alone, "baseline": enrichment_core}


def _worker(name: str, articles: list[RawArticle], ready: Barrier) -> float:
    run = MEASURED[name]()
    run(articles[:2])  # warm-up: first calls pay for lazy initialisation
    ready.wait()
    started = time.process_time()
    run(articles)
    return time.process_time() - started


def articles_per_second(name: str, articles: list[RawArticle], processes: int = 0) -> float:
    processes = processes or os.cpu_count() or 1
    shares = [articles[i::processes] for i in range(processes)]
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        ready = manager.Barrier(processes)
        with context.Pool(processes) as pool:
            seconds = pool.starmap(_worker, [(name, share, ready) for share in shares])
    return len(articles) / max(seconds)
