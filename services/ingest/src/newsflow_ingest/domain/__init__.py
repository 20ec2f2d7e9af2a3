"""Pure ingest logic: text in, RawArticle out. No Kafka, HTTP or metrics here."""

from newsflow_ingest.domain.errors import ArticleFormatError, FieldError, describe_errors
from newsflow_ingest.domain.seed_format import parse_article, parse_article_bytes
from newsflow_ingest.domain.source import (
    SOURCE_NAME,
    SOURCE_NAME_RULE,
    SourceNotAllowedError,
    http_source,
    is_source_name,
)
from newsflow_ingest.domain.submission import (
    ArticleSubmission,
    TooManyArticlesError,
    parse_submissions,
)

__all__ = [
    "SOURCE_NAME",
    "SOURCE_NAME_RULE",
    "ArticleFormatError",
    "ArticleSubmission",
    "FieldError",
    "SourceNotAllowedError",
    "TooManyArticlesError",
    "describe_errors",
    "http_source",
    "is_source_name",
    "parse_article",
    "parse_article_bytes",
    "parse_submissions",
]
