"""Bad text/plain at POST /articles: refused with its reason, never cleaned, never a 500.
Control characters are refused, not removed: what the client sent is what is stored."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsflow_schemas.raw_article import MAX_ORIGINAL_TEXT_CHARS
from tests.unit.ingest.fakes import FakePublisher

TEXT = {"content-type": "text/plain; charset=utf-8"}
SIMPLE = "Council approves budget\n\nThe council met on Tuesday."


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (SIMPLE.encode() + b" caf\xc3", "invalid_utf8"),
        (SIMPLE.encode("latin-1", errors="ignore") + b" caf\xe9", "invalid_utf8"),
        (b"\xed\xa0\x80 encoded surrogate\n\nBody.", "invalid_utf8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "not_text"),
        (SIMPLE.encode("utf-16"), "not_text"),
        (SIMPLE.encode("utf-16-le"), "not_text"),  # valid UTF-8, half NUL
        ((SIMPLE + "\n\n" + "\ue000" * 200).encode(), "not_text"),
        (SIMPLE.replace("met", "met\x00").encode(), "control_characters"),
        (SIMPLE.replace("met", "met\x07").encode(), "control_characters"),
        (SIMPLE.replace("met", "\x1b[31mmet\x1b[0m").encode(), "control_characters"),
        (SIMPLE.replace("met", "met\x0c").encode(), "control_characters"),
        (SIMPLE.replace("met", "met\u0085").encode(), "control_characters"),
        (b"Only a title", "invalid_raw_article"),
        (b"", "invalid_raw_article"),
        (("x" * (MAX_ORIGINAL_TEXT_CHARS + 1)).encode(), "field_too_long"),
        (("x" * 200_000 + "\n\nBody.").encode(), "field_too_long"),
    ],
)
def test_bad_text_is_a_422_with_its_reason(
    api: TestClient, publisher: FakePublisher, raw: bytes, reason: str
) -> None:
    response = api.post("/articles", content=raw, headers=TEXT)
    assert response.status_code == 422, response.text
    assert [error["reason"] for error in response.json()["detail"]] == [reason]
    assert publisher.published == []


def test_a_title_over_its_limit_names_the_field(api: TestClient) -> None:
    response = api.post("/articles", content=("x" * 1_001 + "\n\nBody.").encode(), headers=TEXT)
    [error] = response.json()["detail"]
    assert (error["loc"], error["reason"]) == (["body", "title"], "field_too_long")


@pytest.mark.parametrize(
    "text",
    [
        "\ufeff" + SIMPLE,
        SIMPLE.replace("\n", "\r\n"),
        SIMPLE.replace("\n", "\r"),
        SIMPLE.replace("council", "council\tand\u200bthe\u2060board"),
        "Robert'); DROP TABLE articles;--\n\n<script>alert(1)</script>",
    ],
)
def test_odd_but_valid_text_is_accepted(
    api: TestClient, publisher: FakePublisher, text: str
) -> None:
    response = api.post("/articles", content=text.encode(), headers=TEXT)
    assert response.status_code == 202, response.text
    assert "\ufeff" not in publisher.published[0].title
    assert "\r" not in publisher.published[0].body


def test_other_media_types_are_415(api: TestClient) -> None:
    for content_type in ("application/xml", "text/html", "multipart/form-data", ""):
        response = api.post(
            "/articles", content=SIMPLE.encode(), headers={"content-type": content_type}
        )
        assert response.status_code == 415
