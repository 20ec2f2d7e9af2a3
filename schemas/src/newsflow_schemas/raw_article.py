"""RawArticle: an article as it arrived, before any enrichment. A public contract:
feed scrapers may produce it to the raw topic directly.

Version 2 adds maximum lengths, in characters, and nothing else. They are set so that
an article at every limit still makes an EnrichedArticle well under a 2 MiB Kafka
message, uncompressed: the enriched event carries the analysed text twice and
original_text once, plus entity and sentence data (docs/ingest.md, "Size limits")."""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from newsflow_schemas.ids import article_id as derive_article_id

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

    schema_version: int = Field(default=2, ge=1, description="Additive revision on this topic.")
    article_id: str = Field(
        pattern=r"^[0-9a-f]{32}$",
        description="sha256 prefix of the canonical URL, or of the normalised title and body.",
    )
    title: str = Field(min_length=1, max_length=MAX_TITLE_CHARS)
    standfirst: str = Field(
        default="",
        max_length=MAX_STANDFIRST_CHARS,
        description="The summary paragraph under the title.",
    )
    bullets: tuple[Annotated[str, Field(max_length=MAX_BULLET_CHARS)], ...] = Field(
        default=(), max_length=MAX_BULLETS, description="Summary bullet points."
    )
    body: str = Field(
        min_length=1,
        max_length=MAX_BODY_CHARS,
        description="Body paragraphs separated by blank lines.",
    )
    url: str | None = Field(
        default=None, max_length=MAX_URL_CHARS, description="Where the article was published."
    )
    source: str = Field(
        min_length=1,
        max_length=MAX_SOURCE_CHARS,
        description="Where newsflow got it: file:, http:, feed:…",
    )
    language: str = Field(default="en", pattern=r"^[a-z]{2}$")
    published_at: AwareDatetime | None = None
    ingested_at: AwareDatetime
    original_text: str | None = Field(
        default=None,
        max_length=MAX_ORIGINAL_TEXT_CHARS,
        description="The text exactly as received, before normalisation.",
    )

    @model_validator(mode="before")
    @classmethod
    def _derive_missing_id(cls, data: object) -> object:
        if isinstance(data, dict) and not data.get("article_id"):
            data = dict(data)
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
