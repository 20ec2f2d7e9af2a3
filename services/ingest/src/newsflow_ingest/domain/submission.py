"""An article as a client submits it (HTTP or a JSON file), before newsflow stamps it."""

from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from newsflow_schemas import RawArticle, article_id


class ArticleSubmission(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = Field(min_length=1, max_length=1_000)
    body: str = Field(min_length=1)
    standfirst: str = ""
    bullets: tuple[str, ...] = ()
    url: str | None = None
    published_at: AwareDatetime | None = None
    language: str = Field(default="en", pattern=r"^[a-z]{2}$")

    def to_raw_article(self, *, source: str, ingested_at: datetime) -> RawArticle:
        return RawArticle(
            article_id=article_id(url=self.url, title=self.title, body=self.body),
            ingested_at=ingested_at,
            source=source,
            **self.model_dump(),
        )


_ONE = TypeAdapter(ArticleSubmission)
_BATCH = TypeAdapter(list[ArticleSubmission])


def parse_submissions(raw: bytes) -> list[ArticleSubmission]:
    """One JSON article or a list of them; raises ValidationError with field paths."""
    if raw.lstrip().startswith(b"["):
        return _BATCH.validate_json(raw)
    return [_ONE.validate_json(raw)]


def describe_errors(error: ValidationError) -> str:
    """A one-line reason such as `0.title: String should have at least 1 character`."""
    return "; ".join(
        f"{'.'.join(str(part) for part in e['loc']) or 'document'}: {e['msg']}"
        for e in error.errors(include_url=False)
    )
