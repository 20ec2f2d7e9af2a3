"""An article as a client submits it (HTTP or a JSON file), before newsflow stamps it.

It carries RawArticle's limits, so an article over one is refused with its field path
(`0.body`) when the submission is read, before anything is published."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from newsflow_schemas import RawArticle, article_id
from newsflow_schemas.raw_article import (
    MAX_BODY_CHARS,
    MAX_BULLET_CHARS,
    MAX_BULLETS,
    MAX_STANDFIRST_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
)
from newsflow_schemas.validation import PlainText, Timestamp, VisibleText, WebUrl


class ArticleSubmission(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    title: VisibleText = Field(min_length=1, max_length=MAX_TITLE_CHARS)
    body: VisibleText = Field(min_length=1, max_length=MAX_BODY_CHARS)
    standfirst: PlainText = Field(default="", max_length=MAX_STANDFIRST_CHARS)
    bullets: tuple[Annotated[PlainText, Field(max_length=MAX_BULLET_CHARS)], ...] = Field(
        default=(), max_length=MAX_BULLETS
    )
    url: WebUrl | None = Field(default=None, max_length=MAX_URL_CHARS)
    published_at: Timestamp | None = None
    language: str = Field(default="en", pattern=r"^[a-z]{2}$")

    def to_raw_article(self, *, source: str, ingested_at: datetime) -> RawArticle:
        return RawArticle(
            article_id=article_id(url=self.url, title=self.title, body=self.body),
            ingested_at=ingested_at,
            source=source,
            **self.model_dump(),
        )


class TooManyArticlesError(ValueError):
    """A batch holds more articles than one submission may."""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(f"{count} articles in one request, more than {limit}")
        self.count = count
        self.limit = limit


_ONE = TypeAdapter(ArticleSubmission)


@cache
def _batch(max_articles: int | None) -> TypeAdapter[list[ArticleSubmission]]:
    # pydantic counts a JSON array before it validates a single item of it.
    return TypeAdapter(Annotated[list[ArticleSubmission], Field(max_length=max_articles)])


def _batch_length(error: ValidationError) -> int | None:
    """How many articles the batch held, when that is what was refused."""
    for e in error.errors(include_url=False, include_input=False):
        if e["type"] == "too_long" and e["loc"] == ():
            return int(e["ctx"]["actual_length"])
    return None


def parse_submissions(raw: bytes, max_articles: int | None = None) -> list[ArticleSubmission]:
    """One JSON article or a list of them; raises ValidationError with field paths, or
    TooManyArticlesError for a list longer than `max_articles`."""
    if not raw.lstrip().startswith(b"["):
        return [_ONE.validate_json(raw)]
    try:
        return _batch(max_articles).validate_json(raw)
    except ValidationError as error:
        count = _batch_length(error)
        if count is None or max_articles is None:
            raise
        raise TooManyArticlesError(count, max_articles) from None
