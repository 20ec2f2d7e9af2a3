"""What story assignment costs per article, beside the NLP it follows.

    uv run python -m benchmarks.story_cost [--articles 100000] [--stories 10000]

- features: story_features() on the labelled set's articles, enriched once with spaCy;
- codec:    encoding a story-log record and decoding it again (every worker decodes all);
- fold:     StoryIndex.add over a synthetic log of --articles articles in --stories
            stories spread over three days, the story window full: what each worker pays
            for every article any worker enriches;
- enrich:   Enricher.enrich_batch on the same articles, for scale.
Each is the best of --rounds rounds of CPU time."""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from newsflow_enrich.adapters.story_log import decode_features, encode_features
from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_enrich.domain.stories import StoryIndex
from newsflow_enrich.domain.story_features import StoryFeatures, story_features
from newsflow_enrich.evaluation.stories import load_labelled

EVAL = Path(__file__).parents[1] / "eval" / "stories"
VOCABULARY = 50_000
NAMES = 20_000
THREE_DAYS = 3 * 86400.0


def best_cpu(work: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def synthetic_log(articles: int, stories: int, seed: int = 7) -> list[StoryFeatures]:
    """Each story has its own names and words drawn from a Zipf-like vocabulary; each
    article takes some of its story's and a few at random, at a time near its story's."""
    rng = random.Random(seed)
    word = lambda: f"w{int(rng.paretovariate(1.1)) % VOCABULARY}"  # noqa: E731
    name = lambda: f"ORG:n{int(rng.paretovariate(1.2)) % NAMES}"  # noqa: E731
    plans = [
        ([name() for _ in range(6)], [word() for _ in range(40)], rng.uniform(0, THREE_DAYS))
        for _ in range(stories)
    ]
    log = []
    for n in range(articles):
        names, words, at = plans[rng.randrange(stories)]
        terms = {w: rng.randint(1, 4) for w in rng.sample(words, 25) + [word() for _ in range(15)]}
        entities = {k: round(rng.uniform(0.5, 1.5), 3) for k in rng.sample(names, 4)}
        log.append(
            StoryFeatures(
                f"{n:032x}",
                at + rng.uniform(0, 6 * 3600),
                tuple(entities.items()),
                tuple(terms.items()),
            )
        )
    return sorted(log, key=lambda f: f.at)


def fold(log: list[StoryFeatures]) -> StoryIndex:
    index = StoryIndex()
    for features in log:
        index.add(features)
    return index


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    raws = [x.article for x in load_labelled(EVAL)]
    enricher = Enricher(load_ner_pipeline(), VaderAnalyser())
    enriched = enricher.enrich_batch(raws)
    enrich = best_cpu(lambda: enricher.enrich_batch(raws), 1) / len(raws)
    features = best_cpu(lambda: [story_features(e) for e in enriched], args.rounds) / len(raws)
    records = [encode_features(story_features(e)) for e in enriched]
    codec = best_cpu(
        lambda: [decode_features(encode_features(decode_features(r))) for r in records],
        args.rounds,
    ) / len(records)
    log = synthetic_log(args.articles, args.stories)
    folded = best_cpu(lambda: fold(log), 1) / len(log)
    size = sum(len(r) for r in records) / len(records)
    print(f"per article (CPU, best of rounds), {len(raws)} labelled articles:")
    print(f"  features        {features * 1e6:9.1f} µs")
    print(f"  log record      {codec * 1e6:9.1f} µs   ({size:.0f} bytes)")
    scale = f"({len(log)} articles, {args.stories} stories)"
    print(f"  fold            {folded * 1e6:9.1f} µs   {scale}")
    print(f"  enrich (NLP)    {enrich * 1e6:9.1f} µs")
    print(f"  stories/enrich  {(features + codec + folded) / enrich:9.2%}")


if __name__ == "__main__":
    main()
