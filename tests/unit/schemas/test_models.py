import pytest
from pydantic import ValidationError

from newsflow_schemas import RawArticle
from tests import factories


def test_raw_article_derives_a_missing_id_from_its_content() -> None:
    given = factories.raw_article()
    data = given.model_dump(exclude={"article_id"})
    assert RawArticle.model_validate(data).article_id == given.article_id


def test_raw_article_ignores_fields_from_a_later_version() -> None:
    given = factories.raw_article()
    data = given.model_dump(mode="json") | {"new_field": 1}
    assert RawArticle.model_validate(data) == given


def test_events_are_frozen() -> None:
    article = factories.raw_article()
    with pytest.raises(ValidationError):
        article.title = "changed"  # type: ignore[misc]


def test_naive_timestamps_are_refused() -> None:
    data = factories.raw_article().model_dump() | {"ingested_at": "2026-01-01T00:00:00"}
    with pytest.raises(ValidationError, match="timezone"):
        RawArticle.model_validate(data)


def test_analysed_text_joins_title_standfirst_bullets_and_body() -> None:
    article = RawArticle.model_validate(
        factories.raw_article().model_dump()
        | {"title": "T", "standfirst": "S", "bullets": ("a", "b"), "body": "B"}
    )
    assert article.text == "T\n\nS\n\na\n\nb\n\nB"
