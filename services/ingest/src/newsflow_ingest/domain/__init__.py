"""Pure ingest logic: text in, RawArticle out. No Kafka, HTTP or metrics here."""

from newsflow_ingest.domain.seed_format import ArticleFormatError, parse_article
from newsflow_ingest.domain.submission import (
    ArticleSubmission,
    describe_errors,
    parse_submissions,
)

__all__ = [
    "ArticleFormatError",
    "ArticleSubmission",
    "describe_errors",
    "parse_article",
    "parse_submissions",
]
