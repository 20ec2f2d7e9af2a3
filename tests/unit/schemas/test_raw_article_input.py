"""RawArticle v3 carries the input rules, so a direct producer's message is judged as
ingest judges a client's request: read_raw_article refuses with the same reasons."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from newsflow_schemas import RawArticle, article_id
from newsflow_schemas.raw_article import MAX_TITLE_CHARS, read_raw_article
from newsflow_schemas.validation import InputRefused
from tests import factories

VALID = {
    "title": "Council approves budget",
    "body": "The council met on Tuesday.",
    "source": "kcat",
    "ingested_at": "2026-11-01T12:00:00Z",
}


def message(**fields: object) -> bytes:
    return json.dumps(VALID | fields).encode()


def reason(value: bytes) -> str:
    with pytest.raises(InputRefused) as refused:
        read_raw_article(value)
    return refused.value.reason


def test_a_valid_message_is_read_with_its_id_derived() -> None:
    article = read_raw_article(message(url="https://example.org/a"))
    assert article.article_id == article_id(url="https://example.org/a", title="", body="")
    assert article.schema_version == 3


@pytest.mark.parametrize("version", [1, 2, 3, 99])
def test_every_version_and_unknown_fields_are_read(version: int) -> None:
    article = read_raw_article(message(schema_version=version, added_later={"x": 1}))
    assert article.schema_version == version


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (message(url="javascript:alert(1)"), "invalid_url"),
        (message(url="http://[::1"), "invalid_url"),  # no id can be derived either
        (message(title="NUL \x00 in the title"), "control_characters"),
        (message(body="a\ud800"), "lone_surrogates"),
        (message(bullets=["ok", "x" * 501]), "field_too_long"),
        (message(title="x" * (MAX_TITLE_CHARS + 1)), "field_too_long"),
        (message(title="   "), "invalid_raw_article"),
        (message(title=None), "invalid_raw_article"),
        (message(schema_version=0), "invalid_raw_article"),
        (message(ingested_at="2026-11-01T12:00:00"), "invalid_raw_article"),
        (b'{"title": "a", "title": "b"}', "duplicate_keys"),
        (b"\xef\xbb\xbf" + message(), None),
        (b"[" + message() + b"]", "invalid_raw_article"),
        (b"{broken", "invalid_raw_article"),
        (b"", "invalid_raw_article"),
    ],
)
def test_messages_are_refused_with_ingests_reasons(value: bytes, expected: str | None) -> None:
    if expected is None:
        assert read_raw_article(value).title == VALID["title"]
    else:
        assert reason(value) == expected


def test_the_refusal_names_the_field_and_never_echoes_the_input() -> None:
    with pytest.raises(InputRefused) as refused:
        read_raw_article(message(title="x" * 200_000))
    assert str(refused.value).startswith("1 validation error(s): title: String should have")
    assert "xxxx" not in str(refused.value)


def test_articles_built_in_python_get_the_rules_too() -> None:
    with pytest.raises(ValidationError, match="control character U\\+0007"):
        factories.raw_article(body="bell \x07")
    with pytest.raises(ValidationError, match="only absolute http and https"):
        factories.raw_article(url="file:///etc/passwd")


def test_an_event_of_version_2_with_valid_text_is_still_read() -> None:
    event = json.loads(factories.raw_article(url="https://example.org/b").model_dump_json())
    event["schema_version"] = 2
    assert RawArticle.model_validate(event).url == "https://example.org/b"
