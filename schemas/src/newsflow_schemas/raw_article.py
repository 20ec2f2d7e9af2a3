"""RawArticle: an article as it arrived, before any enrichment. A public contract:
feed scrapers may produce it to the raw topic directly.

Version 2 adds maximum lengths, in characters. They are set so that an article at every
limit still makes an EnrichedArticle well under a 2 MiB Kafka message, uncompressed: the
enriched event carries the analysed text twice and original_text once, plus entity and
sentence data (docs/ingest.md, "Size limits").

Version 3 adds no field: it refuses what PostgreSQL or a reader would choke on, with the
reasons of newsflow_schemas.validation. Text holds no control character but tab and line
ends, no lone surrogate, and is not binary; a title and a body hold more than white
space; `url` is an absolute http or https URL; times exist in UTC. `read_raw_article`
reads a message of the raw topic by these rules: ingest and enrich refuse alike."""

from __future__ import annotations

from contextlib import suppress
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from newsflow_schemas.ids import article_id as derive_article_id
from newsflow_schemas.validation import (
    InputRefused,
    PlainText,
    Timestamp,
    VisibleText,
    WebUrl,
    load_json,
    most_specific_reason,
    summarise,
)

MAX_TITLE_CHARS = 1_000
MAX_STANDFIRST_CHARS = 2_000
MAX_BULLETS = 50
MAX_BULLET_CHARS = 500
MAX_BODY_CHARS = 100_000
# Room for everything above as received: line wraps, bullet marks, boilerplate.
MAX_ORIGINAL_TEXT_CHARS = 140_000
MAX_URL_CHARS = 2_048
MAX_SOURCE_CHARS = len("feed:") + MAX_URL_CHARS  # a feed's articles name the feed


class RawArticle(BaseModel):
    # Unknown fields are ignored, not refused, so that a consumer of this version
    # can read events written by a later, additive version.
    model_config = ConfigDict(frozen=True, extra="ignore", title="RawArticle")

    schema_version: int = Field(default=3, ge=1, description="Additive revision on this topic.")
    article_id: str = Field(
        pattern=r"^[0-9a-f]{32}$",
        description="sha256 prefix of the canonical URL, or of the normalised title and body.",
    )
    title: VisibleText = Field(min_length=1, max_length=MAX_TITLE_CHARS)
    standfirst: PlainText = Field(
        default="",
        max_length=MAX_STANDFIRST_CHARS,
        description="The summary paragraph under the title.",
    )
    bullets: tuple[Annotated[PlainText, Field(max_length=MAX_BULLET_CHARS)], ...] = Field(
        default=(), max_length=MAX_BULLETS, description="Summary bullet points."
    )
    body: VisibleText = Field(
        min_length=1,
        max_length=MAX_BODY_CHARS,
        description="Body paragraphs separated by blank lines.",
    )
    url: WebUrl | None = Field(
        default=None,
        max_length=MAX_URL_CHARS,
        description="Where the article was published: an absolute http or https URL.",
    )
    source: PlainText = Field(
        min_length=1,
        max_length=MAX_SOURCE_CHARS,
        description="Where newsflow got it: file:, http:, feed:…",
    )
    language: str = Field(default="en", pattern=r"^[a-z]{2}$")
    published_at: Timestamp | None = None
    ingested_at: Timestamp
    original_text: PlainText | None = Field(
        default=None,
        max_length=MAX_ORIGINAL_TEXT_CHARS,
        description="The text exactly as received, before normalisation.",
    )

    @model_validator(mode="before")
    @classmethod
    def _derive_missing_id(cls, data: object) -> object:
        if isinstance(data, dict) and not data.get("article_id"):
            data = dict(data)
            # A lone surrogate, or a URL no parser reads: the fields' errors will say which.
            with suppress(ValueError):
                data["article_id"] = derive_article_id(
                    url=data.get("url"),
                    title=str(data.get("title", "")),
                    body=str(data.get("body", "")),
                )
        return data

    @property
    def text(self) -> str:
        """The text that enrichment analyses; entity offsets index into it."""
        parts = [self.title, self.standfirst, *self.bullets, self.body]
        return "\n\n".join(part for part in parts if part)


def read_raw_article(value: bytes) -> RawArticle:
    """A message of the raw topic as an article, or InputRefused with the reason that its
    dead letter carries: the same reasons ingest answers a client with."""
    document = load_json(value)
    try:
        return RawArticle.model_validate(document)
    except ValidationError as error:
        reason = most_specific_reason(e["type"] for e in error.errors())
        raise InputRefused(reason, summarise(error)) from None
