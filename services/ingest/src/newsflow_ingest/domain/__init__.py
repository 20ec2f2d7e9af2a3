"""Pure ingest logic: text in, RawArticle out. No Kafka, HTTP or metrics here."""

from newsflow_ingest.domain.seed_format import ArticleFormatError, parse_article
from newsflow_ingest.domain.submission import ArticleSubmission

__all__ = ["ArticleFormatError", "ArticleSubmission", "parse_article"]
