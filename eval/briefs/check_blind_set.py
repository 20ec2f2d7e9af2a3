"""The format check a blind-set writer runs (eval/briefs/blind_set.md): its 22 articles and
gold files are where and as the scorer reads them, every alias is in its article as a whole
word, and no alias is given to two entities. It reads nothing but the writer's own files, so
the writer may run it without seeing how newsflow works.

    python3 eval/briefs/check_blind_set.py --round 94 --first 9900 eval/entities/test
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 22
TYPES = frozenset({"PERSON", "ORG", "PLACE"})
MAX_NAME = 200  # characters, `.fiction.txt` included
WORDS = (300, 900)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_NUMBER = re.compile(r"^(\d+)_")


@cache
def _scorers_matching() -> ModuleType:
    """The scorer's own surface-form comparison, loaded from its file alone (it needs only
    the standard library), so that the check runs with any python3, no environment."""
    path = ROOT / "services/enrich/src/newsflow_enrich/evaluation/matching.py"
    spec = importlib.util.spec_from_file_location("matching", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def number(path: Path) -> int | None:
    found = _NUMBER.match(path.name)
    return int(found.group(1)) if found else None


def check_gold(gold: Path, round_number: int) -> tuple[list[str], int]:
    """Problems with one gold file and its article, and how many entities it holds."""
    name, problems = gold.name, []
    if len(gold.stem) + len(".fiction.txt") > MAX_NAME:
        problems.append(f"{name}: file name over {MAX_NAME} characters")
    if not re.fullmatch(r"\d{4,5}_[a-z0-9_]+\.json", name):
        problems.append(f"{name}: name must be NNNN_lower_case_slug.json")
    try:
        data = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [*problems, f"{name}: not JSON ({error})"], 0
    if not isinstance(data, dict) or set(data) != {"article", "note", "entities"}:
        return [*problems, f"{name}: keys must be article, note, entities"], 0
    article = gold.parent / data["article"]
    if data["article"] != gold.stem + ".fiction.txt" or not article.exists():
        return [*problems, f"{name}: article must be {gold.stem}.fiction.txt, beside it"], 0
    text = article.read_text(encoding="utf-8").translate(_APOSTROPHES)
    if f"Held out (round {round_number})" not in data["note"]:
        problems.append(f"{name}: note must say 'Held out (round {round_number})'")
    lines = text.split("\n")
    if len(lines) < 5 or lines[1].strip() or not lines[2].startswith("By "):
        problems.append(f"{name}: article must open: headline, blank line, 'By Name', blank line")
    if not WORDS[0] <= len(text.split()) <= WORDS[1]:
        problems.append(f"{name}: {len(text.split())} words ({WORDS[0]}-{WORDS[1]})")
    owner: dict[str, str] = {}
    for entity in data["entities"]:
        if set(entity) != {"name", "type", "aliases"}:
            problems.append(f"{name}: entity {entity} must have name, type, aliases")
            continue
        if entity["type"] not in TYPES:
            problems.append(f"{name}: {entity['name']}: type {entity['type']}")
        if not entity["aliases"]:
            problems.append(f"{name}: {entity['name']}: no aliases")
        for alias in entity["aliases"]:
            key = _scorers_matching().match_key(alias)
            if owner.setdefault(key, entity["name"]) != entity["name"]:
                problems.append(f"{name}: alias {alias!r} given to two entities")
            pattern = rf"(?<![\w-]){re.escape(alias.translate(_APOSTROPHES))}(?!\w)"
            if not re.search(pattern, text):
                problems.append(f"{name}: alias {alias!r} of {entity['name']} is not in the text")
    return problems, len(data["entities"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--round", type=int, required=True, help="the set's round")
    parser.add_argument("--first", type=int, required=True, help="its first article number")
    parser.add_argument("test_dir", type=Path, nargs="?", default=Path("eval/entities/test"))
    args = parser.parse_args(argv)
    wanted = range(args.first, args.first + ARTICLES)
    golds = sorted(p for p in args.test_dir.glob("*.json") if number(p) in wanted)
    problems, entities = [], 0
    for gold in golds:
        found, count = check_gold(gold, args.round)
        problems += found
        entities += count
    for article in args.test_dir.glob("*.fiction.txt"):
        stem = article.name.removesuffix(".fiction.txt")
        if number(article) in wanted and not (args.test_dir / f"{stem}.json").exists():
            problems.append(f"{article.name}: no gold file beside it")
    missing = sorted(set(wanted) - {number(p) for p in golds})
    if problems:
        print("\n".join(problems))
    tail = f"; not yet written: {', '.join(map(str, missing))}" if missing else ""
    print(f"{len(golds)} gold files, {entities} entities, {len(problems)} problems{tail}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
