"""An article as a client submits it (HTTP or a JSON file), before newsflow stamps it.

It carries RawArticle's limits and rules, so an article over a limit, or with a control
character or an ftp: URL, is refused with its field path (`0.body`) when the submission
is read, before anything is published. The JSON itself is read by the contract's rules
(newsflow_schemas.validation.load_json): UTF-8, no key twice, not nested deeper than an
article could be."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from newsflow_ingest.domain.errors import refusals_as_format_errors
from newsflow_ingest.domain.source import SOURCE_NAME
from newsflow_schemas import RawArticle, article_id
from newsflow_schemas.raw_article import (
    MAX_BODY_CHARS,
    MAX_BULLET_CHARS,
    MAX_BULLETS,
    MAX_STANDFIRST_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
)
from newsflow_schemas.validation import PlainText, Timestamp, VisibleText, WebUrl, load_json


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
    # The name an HTTP client posts as (domain/source.py); a file's articles ignore it.
    source: str | None = Field(default=None, pattern=SOURCE_NAME)

    def to_raw_article(self, *, source: str, ingested_at: datetime) -> RawArticle:
        """`source` is the whole of RawArticle.source, worked out by the caller."""
        return RawArticle(
            article_id=article_id(url=self.url, title=self.title, body=self.body),
            ingested_at=ingested_at,
            source=source,
            **self.model_dump(exclude={"source"}),
        )


class TooManyArticlesError(ValueError):
    """A batch holds more articles than one submission may."""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(f"{count} articles in one request, more than {limit}")
        self.count = count
        self.limit = limit


_ONE = TypeAdapter(ArticleSubmission)
_BATCH = TypeAdapter(list[ArticleSubmission])


def parse_submissions(raw: bytes, max_articles: int | None = None) -> list[ArticleSubmission]:
    """One JSON article or a list of them. Raises ArticleFormatError for bytes that are not
    such JSON (with the rule's reason), TooManyArticlesError for a list longer than
    `max_articles` (counted before any article is validated), and ValidationError with
    field paths for articles that break a rule."""
    with refusals_as_format_errors():
        document = load_json(raw)
    if not isinstance(document, list):
        return [_ONE.validate_python(document)]
    if max_articles is not None and len(document) > max_articles:
        raise TooManyArticlesError(len(document), max_articles)
    return _BATCH.validate_python(document)
