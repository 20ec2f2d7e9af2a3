"""The labelled pair set: positives are light edits and syndicated copies of one story;
negatives are different stories on the same topic, on other topics, and templated stories
that share their wording but not their facts. Deterministic (seeded)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from itertools import combinations

from benchmarks.near_duplicates.corpus import STORIES

FILLERS = ["also", "now", "reportedly", "on Monday", "again", "still", "however", "in total"]
INTROS = [
    "This article was first published by the Westmark Herald and is republished here under "
    "a content-sharing agreement.",
    "LONDON (Wire) - Here is our report from the region, updated with reaction.",
    "Editor's note: this story has been updated since it was first published to include "
    "comments from officials and corrected figures.",
]
OUTROS = [
    "Reporting by Anna Field and Joseph Mensah; editing by Clare Doyle.",
    "Sign up for our morning newsletter to get the day's top stories in your inbox. "
    "Follow us on social media for live updates.",
    "Copyright 2026 Wire Services. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.",
]


@dataclass(frozen=True)
class Pair:
    kind: str
    first: str
    second: str
    duplicate: bool


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def light_edit(text: str, rng: random.Random, edits: int) -> str:
    """Word swaps, insertions and deletions, one figure changed: a copy-editor's pass."""
    words = text.split(" ")
    for _ in range(edits):
        i = rng.randrange(len(words))
        action = rng.choice(["insert", "delete", "swap"])
        if action == "insert":
            words.insert(i, rng.choice(FILLERS))
        elif action == "delete" and "\n" not in words[i]:
            del words[i]
        elif i + 1 < len(words) and "\n" not in words[i] + words[i + 1]:
            words[i], words[i + 1] = words[i + 1], words[i]
    edited = " ".join(words)
    return re.sub(r"\d+", lambda m: str(int(m[0]) + 1), edited, count=1)


def rewrite_sentence(text: str, rng: random.Random) -> str:
    """Drops one sentence of the body: an edit for length."""
    paragraphs = _paragraphs(text)
    i = rng.randrange(len(paragraphs))
    sentences = re.split(r"(?<=\.) ", paragraphs[i])
    if len(sentences) > 1:
        del sentences[rng.randrange(len(sentences))]
    paragraphs[i] = " ".join(sentences)
    return "\n\n".join(paragraphs)


def syndicate(text: str, rng: random.Random, keep_share: float = 1.0) -> str:
    """Another outlet's intro and outro around the story, optionally cut from the end."""
    paragraphs = _paragraphs(text)
    kept = paragraphs[: max(1, round(len(paragraphs) * keep_share))]
    return "\n\n".join([rng.choice(INTROS), *kept, rng.choice(OUTROS)])


def templated(company: str, revenue: float, change: int, chief: str) -> str:
    """Earnings boilerplate: the same sentences with other names and figures."""
    direction = "rose" if change >= 0 else "fell"
    return "\n\n".join(
        [
            f"{company} reported revenue of ${revenue}bn for the third quarter on Thursday, "
            f"and said profit {direction} {abs(change)}% compared with the same period last year.",
            f"Chief executive {chief} said the company had delivered a solid performance in a "
            "challenging market and remained confident about the outlook for the rest of the year.",
            "The company kept its full-year guidance unchanged and announced a new share buyback "
            "programme. Analysts had expected slightly weaker results.",
            f"Shares in {company} {direction} in early trading. The company will publish its "
            "annual report in March and hold its investor day in the spring.",
        ]
    )


def _positives(rng: random.Random, story: str) -> list[Pair]:
    return [
        Pair("light edit (5 words)", story, light_edit(story, rng, 5), True),
        Pair("light edit (15 words)", story, light_edit(story, rng, 15), True),
        Pair(
            "edit + dropped sentence", story, rewrite_sentence(light_edit(story, rng, 8), rng), True
        ),
        Pair("syndicated, intro + outro", story, syndicate(story, rng), True),
        Pair("syndicated and edited", story, syndicate(light_edit(story, rng, 10), rng), True),
        Pair("syndicated, cut to 60%", story, syndicate(story, rng, keep_share=0.6), True),
    ]


def _templated_negatives() -> list[Pair]:
    reports = [
        templated("Orbis Foods", 3.2, 12, "Lena Park"),
        templated("Halden Energy", 8.9, -4, "Jonas Weller"),
        templated("Pinecrest Retail", 1.7, 6, "Ama Owusu"),
    ]
    return [Pair("templated, other facts", a, b, False) for a, b in combinations(reports, 2)]


def build_pairs(seed: int = 7) -> list[Pair]:
    rng = random.Random(seed)
    pairs: list[Pair] = []
    bodies = [body for stories in STORIES.values() for _, body in stories]
    for stories in STORIES.values():
        (_, first), (_, second) = stories
        pairs += _positives(rng, first) + _positives(rng, second)
        pairs.append(Pair("same topic, other story", first, second, False))
        pairs.append(
            Pair("same topic, other story (edited)", light_edit(first, rng, 10), second, False)
        )
    for first, second in rng.sample(list(combinations(bodies, 2)), 24):
        if first not in second:
            pairs.append(Pair("other topic", first, second, False))
    return pairs + _templated_negatives()
