"""Bad JSON at POST /articles: a 422 whose every error names the field and the reason
that enrich's dead letters would carry, never a 500 and never a published article."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from newsflow_ingest.domain import ArticleFormatError, parse_submissions
from tests.unit.ingest.fakes import FakePublisher

JSON = {"content-type": "application/json"}
ARTICLE = {"title": "Council approves budget", "body": "The council met on Tuesday."}


def post(api: TestClient, raw: bytes) -> tuple[int, list[tuple[list[object], str]]]:
    response = api.post("/articles", content=raw, headers=JSON)
    detail = response.json()["detail"] if response.status_code == 422 else []
    return response.status_code, [(error["loc"], error["reason"]) for error in detail]


def article(**fields: object) -> bytes:
    return json.dumps(ARTICLE | fields).encode()


@pytest.mark.parametrize(
    ("raw", "loc", "reason"),
    [
        (b"{nope", ["body"], "invalid_raw_article"),
        (b'"just a string"', ["body"], "invalid_raw_article"),
        (article(title=123), ["body", "title"], "invalid_raw_article"),
        (article(title="  "), ["body", "title"], "invalid_raw_article"),
        (article(colour="red"), ["body", "colour"], "unknown_field"),
        (article(schema_version=3), ["body", "schema_version"], "unknown_field"),
        (b'{"title": "a", "title": "b", "body": "c"}', ["body"], "duplicate_keys"),
        (b'{"x": ' + b"[" * 10_000 + b"]" * 10_000 + b"}", ["body"], "nested_too_deep"),
        (b'{"title": "caf\xc3", "body": "b"}', ["body"], "invalid_utf8"),
        (b'{"title": "a\\ud800", "body": "b"}', ["body", "title"], "lone_surrogates"),
        (b'[{"title": "a", "body": "b"}, {"title": "c", "body": "\\udfff"}]',
         ["body", 1, "body"], "lone_surrogates"),
        (article(body="NUL \u0000 here"), ["body", "body"], "control_characters"),
        (article(body="ANSI \u001b[31m red"), ["body", "body"], "control_characters"),
        (article(bullets=["C1 \u0085"]), ["body", "bullets", 0], "control_characters"),
        (article(body="\ue000" * 40), ["body", "body"], "not_text"),
        (article(url="javascript:alert(1)"), ["body", "url"], "invalid_url"),
        (article(url="data:text/html,hi"), ["body", "url"], "invalid_url"),
        (article(url="file:///etc/passwd"), ["body", "url"], "invalid_url"),
        (article(url="ftp://example.org/a"), ["body", "url"], "invalid_url"),
        (article(url="/news/1"), ["body", "url"], "invalid_url"),
        (article(url="http://[::1"), ["body", "url"], "invalid_url"),
        (article(title="x" * 200_000), ["body", "title"], "field_too_long"),
        (article(published_at="0001-01-01T00:00:00+05:00"), ["body", "published_at"],
         "invalid_raw_article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["body"], "not_text"),
    ],
)  # fmt: skip
def test_bad_json_is_a_422_with_the_field_and_the_reason(
    api: TestClient, publisher: FakePublisher, raw: bytes, loc: list[object], reason: str
) -> None:
    status, errors = post(api, raw)
    assert status == 422
    assert (loc, reason) in errors
    assert publisher.published == []


@pytest.mark.parametrize(
    "raw",
    [
        b"\xef\xbb\xbf" + article(),
        article(title="Robert'); DROP TABLE articles;--", body="<script>alert(1)</script>"),
        article(title="\U0001f389\U0001f525", body="\U0001f680" * 3),
        article(body="zero\u200bwidth \u202eevil.exe\u202c \u05e9\u05dc\u05d5\u05dd"),
        article(url="HTTPS://Example.org/a?utm_source=x"),
    ],
)
def test_odd_but_valid_json_is_accepted_verbatim(
    api: TestClient, publisher: FakePublisher, raw: bytes
) -> None:
    assert post(api, raw)[0] == 202
    sent = json.loads(raw.decode("utf-8-sig"))
    assert (publisher.published[0].title, publisher.published[0].body) == (
        sent["title"],
        sent["body"],
    )


def test_a_long_unknown_key_is_not_echoed_back(api: TestClient) -> None:
    key = "k" * 10_000
    response = api.post("/articles", content=article(**{key: 1}), headers=JSON)
    assert response.status_code == 422 and key not in response.text


def test_media_types_are_case_insensitive(api: TestClient) -> None:
    response = api.post(
        "/articles", content=article(), headers={"content-type": "Application/JSON"}
    )
    assert response.status_code == 202


def test_a_json_file_with_a_key_twice_is_a_format_error_with_its_reason() -> None:
    with pytest.raises(ArticleFormatError) as refused:
        parse_submissions(b'{"title": "a", "title": "b"}')
    assert refused.value.reason == "duplicate_keys"
