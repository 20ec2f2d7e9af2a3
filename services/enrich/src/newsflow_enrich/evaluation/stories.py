"""Story assignment measured on a labelled set (eval/stories/*.json): B-cubed precision,
recall and F1, per split. Every split is folded together, in publication order, as the
story log would see them; each split is then scored on its own articles."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsflow_enrich.domain.stories import THRESHOLD, assign_stories
from newsflow_enrich.domain.story_features import StoryFeatures, story_features
from newsflow_schemas import EnrichedArticle, RawArticle, article_id

TARGET_F1 = 0.90
EnrichBatch = Callable[[list[RawArticle]], list[EnrichedArticle]]


@dataclass(frozen=True)
class Labelled:
    article: RawArticle
    story: str
    split: str


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    articles: int
    stories: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def load_labelled(folder: Path) -> list[Labelled]:
    """Every article of every split file in `folder`, with its story label."""
    found = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text())
        for story in data["stories"]:
            for n, item in enumerate(story["articles"]):
                raw = _raw_article(item, f"https://{item['outlet']}/{story['story']}/{n}")
                found.append(Labelled(raw, story["story"], data["split"]))
    return found


def _raw_article(item: Mapping[str, str], url: str) -> RawArticle:
    return RawArticle(
        article_id=article_id(url=url, title=item["title"], body=item["body"]),
        title=item["title"],
        body=item["body"],
        url=url,
        source=f"eval:{item['outlet']}",
        published_at=datetime.fromisoformat(item["published_at"]),
        ingested_at=datetime.now(UTC),
    )


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> BCubed:
    """Per article: the share of its predicted cluster that shares its gold story
    (precision) and the share of its gold story that shares its predicted cluster (recall)."""
    items = list(gold)
    precision = recall = 0.0
    for item in items:
        same_cluster = [o for o in items if predicted[o] == predicted[item]]
        same_story = [o for o in items if gold[o] == gold[item]]
        both = sum(1 for o in same_cluster if gold[o] == gold[item])
        precision += both / len(same_cluster)
        recall += both / len(same_story)
    n = len(items) or 1
    return BCubed(precision / n, recall / n, len(items), len(set(gold.values())))


def in_log_order(features: Sequence[StoryFeatures]) -> list[StoryFeatures]:
    return sorted(features, key=lambda f: (f.at, f.article_id))


def score_splits(
    labelled: Sequence[Labelled], features: Sequence[StoryFeatures], threshold: float = THRESHOLD
) -> dict[str, BCubed]:
    predicted = assign_stories(in_log_order(features), threshold)
    splits = sorted({x.split for x in labelled}, key=lambda s: (s == "test", s))  # test last
    gold = {s: {x.article.article_id: x.story for x in labelled if x.split == s} for s in splits}
    return {split: bcubed(predicted, gold[split]) for split in splits}


def evaluate_stories(folder: Path, enrich_batch: EnrichBatch) -> dict[str, BCubed]:
    labelled = load_labelled(folder)
    enriched = enrich_batch([x.article for x in labelled])
    return score_splits(labelled, [story_features(e) for e in enriched])


def format_story_scores(scores: Mapping[str, BCubed]) -> str:
    lines = [
        "Stories (B-cubed over eval/stories; quote the test split)",
        f"{'split':<8}{'articles':>9}{'stories':>9}{'precision':>11}{'recall':>9}{'F1':>7}",
    ]
    for split, s in scores.items():
        lines.append(
            f"{split:<8}{s.articles:>9}{s.stories:>9}{s.precision:>11.3f}{s.recall:>9.3f}{s.f1:>7.3f}"
        )
    lines.append(f"target: F1 >= {TARGET_F1:.2f} on test")
    return "\n".join(lines)


def meets_story_target(scores: Mapping[str, BCubed]) -> bool:
    return all(s.f1 >= TARGET_F1 for split, s in scores.items() if split == "test")
