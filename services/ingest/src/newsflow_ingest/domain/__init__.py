"""Pure ingest logic: text in, RawArticle out. No Kafka, HTTP or metrics here."""

from newsflow_ingest.domain.errors import ArticleFormatError, FieldError, describe_errors
from newsflow_ingest.domain.seed_format import parse_article, parse_article_bytes
from newsflow_ingest.domain.submission import (
    ArticleSubmission,
    TooManyArticlesError,
    parse_submissions,
)

__all__ = [
    "ArticleFormatError",
    "ArticleSubmission",
    "FieldError",
    "TooManyArticlesError",
    "describe_errors",
    "parse_article",
    "parse_article_bytes",
    "parse_submissions",
]
