"""A submission carries RawArticle's rules, so an article is refused when it is read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsflow_ingest.domain import ArticleSubmission, TooManyArticlesError, parse_submissions
from newsflow_schemas import RawArticle

CONSTRAINTS = ("minLength", "maxLength", "maxItems", "pattern", "items", "anyOf")


def rules(model: type[ArticleSubmission] | type[RawArticle], field: str) -> dict[str, object]:
    schema = model.model_json_schema()["properties"][field]
    return {key: value for key, value in schema.items() if key in CONSTRAINTS}


# `source` is only the name: the article's source is http:<name> (domain/source.py).
@pytest.mark.parametrize("field", sorted(set(ArticleSubmission.model_fields) - {"source"}))
def test_every_submitted_field_has_the_rules_of_the_raw_article(field: str) -> None:
    assert rules(ArticleSubmission, field) == rules(RawArticle, field)


def test_the_longest_source_name_makes_a_valid_raw_article_source() -> None:
    submission = ArticleSubmission(title="A", body="B", source="x" * 63)
    stored = submission.to_raw_article(
        source=f"http:{submission.source}", ingested_at=datetime.now(UTC)
    )
    assert stored.source == "http:" + "x" * 63


def test_a_batch_longer_than_allowed_is_refused_as_a_whole() -> None:
    batch = b"[" + b",".join([b'{"title": "A", "body": "B"}'] * 4) + b"]"
    with pytest.raises(TooManyArticlesError) as refused:
        parse_submissions(batch, max_articles=3)
    assert (refused.value.count, refused.value.limit) == (4, 3)
    assert len(parse_submissions(batch, max_articles=4)) == 4
    assert len(parse_submissions(batch)) == 4
