"""Scoring predicted entities against gold ones.

- A predicted entity stands for the gold entity most of its mentions name (by surface
  form); one that names none is a false positive if its type is PERSON, ORG or PLACE.
- Precision, recall, F1: a gold entity is found when some predicted entity stands for
  it; a second predicted entity for the same gold entity is a false positive.
- Alias-merge accuracy, over gold entities the text names in two or more ways: every one
  of those surface forms must be a mention of one and the same predicted entity.
- Type accuracy, over found gold entities: the type of the predicted entity with most
  mentions of it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsflow_enrich.evaluation.gold import GOLD_TYPES, GoldArticle
from newsflow_enrich.evaluation.matching import match_key, surface_forms_present


@dataclass(frozen=True)
class Predicted:
    type: str
    mentions: tuple[str, ...]  # surface forms, one per mention


@dataclass(frozen=True)
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    merged: int = 0
    mergeable: int = 0
    typed_right: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, ...]:
        return (
            self.true_positives,
            self.false_positives,
            self.false_negatives,
            self.merged,
            self.mergeable,
            self.typed_right,
        )

    @property
    def precision(self) -> float:
        return _ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return _ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def merge_accuracy(self) -> float:
        return _ratio(self.merged, self.mergeable)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.typed_right, self.true_positives)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def score_article(gold: GoldArticle, text: str, predicted: Sequence[Predicted]) -> Score:
    stands_for = _stands_for(gold, predicted)
    in_scope = [i for i, p in enumerate(predicted) if p.type in GOLD_TYPES or i in stands_for]
    primary = primaries(gold, predicted)
    typed_right = sum(predicted[p].type == gold.entities[g].type for g, p in primary.items())
    merged, mergeable = _merges(gold, text, predicted)
    return Score(
        true_positives=len(primary),
        false_positives=len(in_scope) - len(primary),
        false_negatives=len(gold.entities) - len(primary),
        merged=merged,
        mergeable=mergeable,
        typed_right=typed_right,
    )


def primaries(gold: GoldArticle, predicted: Sequence[Predicted]) -> dict[int, int]:
    """Gold index -> the predicted entity that stands for it with most mentions, for every
    gold entity found. Its type is the one scored."""
    stands_for = _stands_for(gold, predicted)
    best: dict[int, tuple[int, int]] = {}  # gold index -> (support, predicted index)
    for p_index, (g_index, support) in stands_for.items():
        if g_index not in best or support > best[g_index][0]:
            best[g_index] = (support, p_index)
    return {g: p for g, (_, p) in best.items()}


def _stands_for(gold: GoldArticle, predicted: Sequence[Predicted]) -> dict[int, tuple[int, int]]:
    """Predicted index -> (the gold index most of its mentions name, how many do)."""
    alias_owner = {match_key(a): i for i, e in enumerate(gold.entities) for a in e.aliases}
    stands_for = {}
    for p_index, entity in enumerate(predicted):
        named = Counter(alias_owner[k] for k in map(match_key, entity.mentions) if k in alias_owner)
        if named:
            stands_for[p_index] = named.most_common(1)[0]
    return stands_for


def holders(predicted: Sequence[Predicted]) -> dict[str, set[int]]:
    """Match key of a surface form -> the predicted entities with a mention of it."""
    held: defaultdict[str, set[int]] = defaultdict(set)
    for p_index, entity in enumerate(predicted):
        for mention in entity.mentions:
            held[match_key(mention)].add(p_index)
    return held


def _merges(gold: GoldArticle, text: str, predicted: Sequence[Predicted]) -> tuple[int, int]:
    held = holders(predicted)
    merged = mergeable = 0
    for gold_entity in gold.entities:
        forms = surface_forms_present(text, gold_entity.aliases)
        if len(forms) < 2:
            continue
        mergeable += 1
        owners = [held.get(match_key(form), set()) for form in forms]
        merged += all(owners) and len(set().union(*owners)) == 1
    return merged, mergeable
