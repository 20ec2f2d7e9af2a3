"""RawArticle: an article as it arrived, before any enrichment. A public contract:
feed scrapers may produce it to the raw topic directly."""

from __future__ import annotations

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from newsflow_schemas.ids import article_id as derive_article_id


class RawArticle(BaseModel):
    # Unknown fields are ignored, not refused, so that a consumer of this version
    # can read events written by a later, additive version.
    model_config = ConfigDict(frozen=True, extra="ignore", title="RawArticle")

    schema_version: int = Field(default=1, ge=1, description="Additive revision on this topic.")
    article_id: str = Field(
        pattern=r"^[0-9a-f]{32}$",
        description="sha256 prefix of the canonical URL, or of the normalised title and body.",
    )
    title: str = Field(min_length=1, max_length=1_000)
    standfirst: str = Field(default="", description="The summary paragraph under the title.")
    bullets: tuple[str, ...] = Field(default=(), description="Summary bullet points.")
    body: str = Field(min_length=1, description="Body paragraphs separated by blank lines.")
    url: str | None = Field(default=None, description="Where the article was published.")
    source: str = Field(min_length=1, description="Where newsflow got it: file:, http:, feed:…")
    language: str = Field(default="en", pattern=r"^[a-z]{2}$")
    published_at: AwareDatetime | None = None
    ingested_at: AwareDatetime
    original_text: str | None = Field(
        default=None, description="The text exactly as received, before normalisation."
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
