"""Gold annotations: eval/entities/<split>/<stem>.json beside the article it annotates.

{"article": "<stem>.fiction.txt", "note": "…", "entities": [
    {"name": "Volodymyr Zelensky", "type": "PERSON", "aliases": ["Volodymyr Zelensky", "Zelensky"]},
    …]}

`article` is a path relative to the gold file. Types are PERSON, ORG and PLACE. Aliases
are every surface form the article uses for the entity; each alias belongs to one entity
only, so a surface form identifies its entity.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from newsflow_enrich.evaluation.matching import match_key

GOLD_TYPES = frozenset({"PERSON", "ORG", "PLACE"})


class GoldError(ValueError):
    """A gold file that cannot be scored against; the message says why."""


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class GoldArticle:
    article: str
    entities: tuple[GoldEntity, ...]


def load_gold(path: Path) -> GoldArticle:
    data = json.loads(path.read_text(encoding="utf-8"))
    entities = tuple(
        GoldEntity(e["name"], e["type"], tuple(e["aliases"])) for e in data["entities"]
    )
    _check(path, entities)
    return GoldArticle(data["article"], entities)


def gold_pairs(split_dir: Path) -> list[tuple[Path, GoldArticle]]:
    """(article file, gold) for every gold file of one split, in a stable order."""
    pairs = []
    for path in sorted(split_dir.glob("*.json")):
        gold = load_gold(path)
        article = (split_dir / gold.article).resolve()
        if not article.exists():
            raise GoldError(f"{path.name}: no article {gold.article}")
        pairs.append((article, gold))
    return pairs


def _check(path: Path, entities: tuple[GoldEntity, ...]) -> None:
    owner: dict[str, str] = {}
    for entity in entities:
        if entity.type not in GOLD_TYPES:
            raise GoldError(f"{path.name}: {entity.name} has type {entity.type}")
        for alias in entity.aliases:
            key = match_key(alias)
            if owner.setdefault(key, entity.name) != entity.name:
                raise GoldError(f"{path.name}: alias {alias!r} is given to two entities")
