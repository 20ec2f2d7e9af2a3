"""Stories: articles about the same event, from any source, folded one at a time.

An article joins the most similar open story when it shares a named entity with it, falls
within its time window, and the blend of entity and text similarity reaches the threshold;
otherwise it opens a story named after itself. Both similarities weigh words and names by
how rare they are in what the index has seen (TF-IDF), so names and words frequent
everywhere count for little.

Pure and deterministic: the same features in the same order give the same stories, which
is what lets every enrich worker fold one ordered log to the same answer (docs/stories.md).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice

from newsflow_enrich.domain.story_features import StoryFeatures

# Tuned on the dev split of eval/stories (docs/stories.md has the sweep).
THRESHOLD = 0.25
ENTITY_SHARE = 0.3  # of the score; the rest is text similarity
MIN_WORDS = 0.1  # below this text similarity, shared names alone never join a story
WINDOW_SECONDS = 72 * 3600.0  # an article further than this from a story's span opens a new one
HALF_SCORE_GAP = 48 * 3600.0  # an article this far from a story's span scores half as much
CANDIDATE_ENTITIES = 6  # the article's rarest-weighted names that look up candidate stories
MAX_CANDIDATES = 12  # of those, the stories sharing most names, then the latest: bounds cost
RECENT_PER_NAME = 50  # a name in many stories offers only those it was most recently in
STORY_TERMS = 80  # a story keeps its commonest words, so scoring cost does not grow with it
PURGE_EVERY = 1000


@dataclass
class Story:
    story_id: str
    first_at: float
    last_at: float
    size: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    terms: Counter[str] = field(default_factory=Counter)

    def gap(self, at: float) -> float:
        return max(0.0, self.first_at - at, at - self.last_at)

    def absorb(self, features: StoryFeatures) -> None:
        self.first_at, self.last_at = (
            min(self.first_at, features.at),
            max(self.last_at, features.at),
        )
        self.size += 1
        self.entities.update(dict(features.entities))
        self.terms.update(dict(features.terms))
        if len(self.terms) > 2 * STORY_TERMS:
            kept = sorted(self.terms.items(), key=lambda t: (-t[1], t[0]))[:STORY_TERMS]
            self.terms = Counter(dict(kept))


class _Rarity:
    """Document frequencies over everything folded so far: smoothed IDF weights,
    idf = ln((1 + documents) / (1 + df)) + 1. Weighing is the fold's inner loop, so the
    logarithms of 1 + df come from a table rather than a call each."""

    def __init__(self) -> None:
        self.documents = 0
        self._df: dict[str, int] = {}
        self._log_one_plus = [0.0]  # [ln(1 + n) for n in 0..documents]

    def add(self, keys: Iterable[str]) -> None:
        self.documents += 1
        self._log_one_plus.append(math.log(1 + self.documents))
        for key in set(keys):
            self._df[key] = self._df.get(key, 0) + 1

    def idf(self, key: str) -> float:
        return self._log_one_plus[self.documents] - self._log_one_plus[self._df.get(key, 0)] + 1.0

    def weigh(self, counts: Mapping[str, float]) -> dict[str, float]:
        top, logs, df = self._log_one_plus[self.documents] + 1.0, self._log_one_plus, self._df
        return {key: value * (top - logs[df.get(key, 0)]) for key, value in counts.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(value * large.get(key, 0.0) for key, value in small.items())
    norms = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norms if norms else 0.0


class StoryIndex:
    """Every article's story, and the open stories with their names, words and span."""

    def __init__(
        self,
        threshold: float = THRESHOLD,
        window: float = WINDOW_SECONDS,
        half_gap: float = HALF_SCORE_GAP,
    ) -> None:
        self._threshold, self._window, self._half_gap = threshold, window, half_gap
        self._assigned: dict[str, str] = {}
        self._stories: dict[str, Story] = {}
        # Per name, its stories in the order they last took an article with it: the latest last.
        self._by_entity: dict[str, dict[str, None]] = {}
        self._terms, self._names = _Rarity(), _Rarity()
        self._latest = 0.0

    def __len__(self) -> int:
        return len(self._assigned)

    def story_of(self, article_id: str) -> str | None:
        return self._assigned.get(article_id)

    def add(self, features: StoryFeatures) -> str:
        """The article's story. The first decision stands: a redelivered article keeps it."""
        if (known := self._assigned.get(features.article_id)) is not None:
            return known
        story = self._best_story(features) or self._open(features)
        story.absorb(features)
        for key, _ in features.entities:
            stories = self._by_entity.setdefault(key, {})
            stories.pop(story.story_id, None)
            stories[story.story_id] = None
        self._terms.add(term for term, _ in features.terms)
        self._names.add(key for key, _ in features.entities)
        self._assigned[features.article_id] = story.story_id
        self._latest = max(self._latest, features.at)
        if len(self._assigned) % PURGE_EVERY == 0:
            self._close_old_stories()
        return story.story_id

    def score(self, features: StoryFeatures, story: Story) -> float:
        return self._score(*self._weighed(features), features.at, story)

    def _weighed(self, features: StoryFeatures) -> tuple[dict[str, float], dict[str, float]]:
        return self._names.weigh(dict(features.entities)), self._terms.weigh(dict(features.terms))

    def _score(
        self, names: dict[str, float], words: dict[str, float], at: float, story: Story
    ) -> float:
        by_names = cosine(names, self._names.weigh(story.entities))
        by_words = cosine(words, self._terms.weigh(story.terms))
        if by_words < MIN_WORDS:  # the same names and nothing else said alike: another event
            return 0.0
        # Time proximity: the same names and words days apart are more often a new event.
        recency = 1.0 / (1.0 + story.gap(at) / self._half_gap)
        return recency * (ENTITY_SHARE * by_names + (1 - ENTITY_SHARE) * by_words)

    def _best_story(self, features: StoryFeatures) -> Story | None:
        names, words = self._weighed(features)
        scored = [
            (self._score(names, words, features.at, story), story.story_id)
            for story in self._candidates(features)
        ]
        best = max(scored, default=None, key=lambda pair: (pair[0], pair[1]))
        return self._stories[best[1]] if best and best[0] >= self._threshold else None

    def _candidates(self, features: StoryFeatures) -> list[Story]:
        """Open stories within the window that share the article's rarest names."""
        keys = sorted(features.entities, key=lambda e: (-e[1] * self._names.idf(e[0]), e[0]))
        shared: Counter[str] = Counter(
            story_id
            for key, _ in keys[:CANDIDATE_ENTITIES]
            for story_id in islice(reversed(self._by_entity.get(key, {})), RECENT_PER_NAME)
        )
        stories = [
            (count, self._stories[story_id])
            for story_id, count in shared.items()
            if self._stories[story_id].gap(features.at) <= self._window
        ]
        stories.sort(key=lambda c: (-c[0], -c[1].last_at, c[1].story_id))
        return [story for _, story in stories[:MAX_CANDIDATES]]

    def _open(self, features: StoryFeatures) -> Story:
        story = Story(features.article_id, features.at, features.at)
        self._stories[story.story_id] = story
        return story

    def _close_old_stories(self) -> None:
        """Stories past the window take no more articles: drop them from the lookup."""
        old = {s for s, story in self._stories.items() if story.gap(self._latest) > self._window}
        for story_id in old:
            del self._stories[story_id]
        for key in list(self._by_entity):
            kept = {s: None for s in self._by_entity[key] if s not in old}
            if kept:
                self._by_entity[key] = kept
            else:
                del self._by_entity[key]


def assign_stories(
    features: Iterable[StoryFeatures], threshold: float = THRESHOLD
) -> dict[str, str]:
    """Offline: {article_id: story_id} for features taken in order."""
    index = StoryIndex(threshold, half_gap=HALF_SCORE_GAP)
    return {f.article_id: index.add(f) for f in features}
