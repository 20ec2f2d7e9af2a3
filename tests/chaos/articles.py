"""The valid articles of a chaos run: short, numbered, each with a couple of people and places.

Bodies stay under the 20 shingles near-duplicate detection needs, so it does not compare
two thousand look-alike articles with each other; spaCy takes milliseconds over each."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from newsflow_schemas import article_id

TITLE = re.compile(r"^Chaos article (\d{6})$")
PEOPLE = (
    "Maria Lopez",
    "Tom Berg",
    "Angela Merkel",
    "Ravi Shankar",
    "Olena Kovalenko",
    "James Carter",
    "Aiko Tanaka",
    "Pierre Dubois",
    "Fatima Ali",
    "Lars Nilsson",
    "Chen Wei",
    "Grace Okafor",
)
PLACES = (
    "Lisbon",
    "Oslo",
    "Kyiv",
    "Nairobi",
    "Toronto",
    "Madrid",
    "Warsaw",
    "Dublin",
    "Manila",
    "Lima",
    "Cairo",
    "Hanoi",
    "Vienna",
)


@dataclass(frozen=True)
class Article:
    seq: int

    @property
    def title(self) -> str:
        return f"Chaos article {self.seq:06d}"

    @property
    def standfirst(self) -> str:
        return f"A brief from {PLACES[self.seq % len(PLACES)]}."

    @property
    def body(self) -> str:
        n = self.seq
        first, second = PEOPLE[n % len(PEOPLE)], PEOPLE[(n * 7 + 3) % len(PEOPLE)]
        place, other = PLACES[n % len(PLACES)], PLACES[(n * 5 + 1) % len(PLACES)]
        return (
            f"{first} met {second} in {place} on Tuesday. "
            f"Officials in {other} welcomed the talks. Sequence {n:06d}."
        )

    @property
    def url(self) -> str:
        return f"https://chaos.example/articles/{self.seq:06d}"

    def submission(self) -> dict[str, str]:
        """For POST /articles."""
        return {
            "title": self.title,
            "standfirst": self.standfirst,
            "body": self.body,
            "url": self.url,
        }

    def seed_text(self) -> str:
        """A seed-format .txt file for the CLI: title, standfirst, body."""
        return f"{self.title}\n\n{self.standfirst}\n\n{self.body}\n"

    def raw_article(self) -> dict[str, object]:
        """A RawArticle as a direct producer writes it to the raw topic."""
        return raw_article(self.title, self.body, self.url, standfirst=self.standfirst)


def raw_article(title: str, body: str, url: str, **extra: object) -> dict[str, object]:
    return {
        "schema_version": 1,
        "article_id": article_id(url=url, title=title, body=body),
        "title": title,
        "body": body,
        "url": url,
        "source": "chaos-kcat",
        "language": "en",
        "ingested_at": datetime.now(UTC).isoformat(),
        **extra,
    }


def sequence_of(title: str) -> int | None:
    match = TITLE.match(title)
    return int(match.group(1)) if match else None


def to_json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()
