"""The contract's input rules: bytes to text and JSON, text and URL rules, reason codes."""

from __future__ import annotations

import json

import pytest
from pydantic import TypeAdapter, ValidationError

from newsflow_schemas.validation import (
    MAX_JSON_DEPTH,
    REASONS,
    InputRefused,
    PlainText,
    Timestamp,
    VisibleText,
    WebUrl,
    decode_text,
    load_json,
    most_specific_reason,
    not_text_share,
    reason_for,
    text_problem,
    url_problem,
)


def refused(raw: bytes) -> tuple[str, tuple[str | int, ...]]:
    with pytest.raises(InputRefused) as error:
        load_json(raw)
    return error.value.reason, error.value.loc


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"plain", "plain"),
        ("Привет".encode(), "Привет"),
        (b"\xef\xbb\xbfwith a BOM", "with a BOM"),
        (b"a\r\nb", "a\r\nb"),  # line ends are the parser's business
    ],
)
def test_utf8_is_decoded_and_a_leading_bom_dropped(raw: bytes, text: str) -> None:
    assert decode_text(raw) == text


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"caf\xc3", "invalid_utf8"),  # truncated
        (b"caf\xe9", "invalid_utf8"),  # Latin-1
        (b"\xed\xa0\x80", "invalid_utf8"),  # an encoded surrogate
        (b"\xc0\xaf", "invalid_utf8"),  # overlong
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not_text"),
        (b"%PDF-1.7\n", "not_text"),
        (b"\xff\xfeT\x00i\x00", "not_text"),  # UTF-16: NUL bytes and not UTF-8
    ],
)
def test_bytes_that_are_not_utf8_text_are_refused(raw: bytes, reason: str) -> None:
    with pytest.raises(InputRefused) as error:
        decode_text(raw)
    assert error.value.reason == reason


def test_json_is_read_with_a_bom() -> None:
    assert load_json(b'\xef\xbb\xbf{"a": [1, "b"]}') == {"a": [1, "b"]}


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"title": "a", "title": "b"}', "duplicate_keys"),
        (b'[{"x": {"k": 1, "k": 2}}]', "duplicate_keys"),
        (b"[" * 100_000 + b"]" * 100_000, "nested_too_deep"),
        (b"{nope", "invalid_raw_article"),
        (b"", "invalid_raw_article"),
        (b'{"a": NaN}', "invalid_raw_article"),
        (b'{"a": ' + b"9" * 5_000 + b"}", "invalid_raw_article"),
        (b'{"a": "unterminated [[[[', "invalid_raw_article"),
    ],
)
def test_json_that_no_article_can_be_is_refused_with_its_reason(raw: bytes, reason: str) -> None:
    assert refused(raw)[0] == reason


def test_nesting_up_to_the_limit_is_read() -> None:
    depth = MAX_JSON_DEPTH
    assert load_json(b"[" * depth + b"]" * depth) is not None
    assert refused(b"[" * (depth + 1) + b"]" * (depth + 1))[0] == "nested_too_deep"


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"body": "[" * 1000 + '\\"{' * 100})
    assert load_json(text.encode()) == json.loads(text)


def test_lone_surrogates_are_refused_with_where_they_are() -> None:
    assert refused(b'[{"body": "ok"}, {"body": "a\\ud800"}]') == ("lone_surrogates", (1, "body"))
    assert refused(b'{"\\udc00": 1}')[0] == "lone_surrogates"
    assert load_json(b'"\\ud83d\\ude00"') == "\U0001f600"  # a pair is one character


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("a NUL \x00 in text", "control_characters"),
        ("a bell \x07 and an escape \x1b[31m", "control_characters"),
        ("DEL \x7f", "control_characters"),
        ("a C1 control \x9b", "control_characters"),
        ("half \ud800 a pair", "lone_surrogates"),
        ("\x00" * 40, "not_text"),
        ("private use " + "\ue000" * 30, "not_text"),
        ("\ufffd" * 20 + "x" * 20, "not_text"),
    ],
)
def test_text_that_postgresql_or_a_reader_would_choke_on_is_refused(text: str, reason: str) -> None:
    problem = text_problem(text)
    assert problem is not None and problem[0] == reason


@pytest.mark.parametrize(
    "text",
    [
        "tab\tline feed\ncarriage return\r\n",
        "zero\u200bwidth\u200c\u200djoiners\u2060",
        "\u202eRight to left override\u202c and \u05e9\u05dc\u05d5\u05dd \u200f",
        "\U0001f389\U0001f525\U0001f680",
        "Robert'); DROP TABLE articles;--",
        "<script>alert(1)</script>",
        "one odd \ue000 character in a long enough sentence",
        "\ue000",  # too short to judge as binary
    ],
)
def test_odd_but_real_text_passes(text: str) -> None:
    assert text_problem(text) is None


def test_the_not_text_share_counts_every_bad_character_and_no_allowed_one() -> None:
    # 4 controls, 3 U+FFFD, 2 private-use, 1 unassigned; tab, line feed and CR are allowed
    text = "ab\x00c\x01\x00\x7f\ufffd\ufffd\ufffd\ue000\ue000\U000e0080\t\n\r" + "x" * 26
    assert len(text) == 42
    assert not_text_share(text) == pytest.approx(10 / 42)
    assert not_text_share("plain words\n" * 100) == 0.0 and not_text_share("") == 0.0


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/news/1",
        "HTTP://EXAMPLE.ORG",
        "http://例え.jp/記事?q=1#top",
        "http://127.0.0.1:8080/a",
    ],
)
def test_absolute_http_urls_pass(url: str) -> None:
    assert url_problem(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://example.org/a",
        "/news/1",
        "//example.org/a",
        "example.org/a",
        "http://",
        "http://[::1",
        "http://example.org:99999/",
        "http://exa mple.org/",
        " https://example.org/",
    ],
)
def test_other_urls_are_refused(url: str) -> None:
    problem = url_problem(url)
    assert problem is not None and problem[0] == "invalid_url"


def test_a_url_with_a_control_character_says_so() -> None:
    assert url_problem("https://example.org/\x00") == text_problem("https://example.org/\x00")


@pytest.mark.parametrize(
    ("annotation", "value", "reason"),
    [
        (PlainText, "a\x00b", "control_characters"),
        (VisibleText, " \n\t", "invalid_raw_article"),
        (WebUrl, "ftp://example.org", "invalid_url"),
        (Timestamp, "0001-01-01T00:00:00+05:00", "invalid_raw_article"),
        (Timestamp, "2026-01-01T00:00:00", "invalid_raw_article"),
    ],
)
def test_the_annotated_types_raise_errors_typed_by_reason(
    annotation: object, value: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as error:
        TypeAdapter(annotation).validate_python(value)
    assert reason_for(error.value.errors()[0]["type"]) == reason


def test_pydantic_error_types_map_to_reasons() -> None:
    assert reason_for("string_too_long") == reason_for("too_long") == "field_too_long"
    assert reason_for("extra_forbidden") == "unknown_field"
    assert reason_for("missing") == reason_for("string_type") == "invalid_raw_article"
    assert all(reason_for(reason) == reason for reason in REASONS)


def test_the_most_specific_reason_wins() -> None:
    assert most_specific_reason(["missing", "invalid_url", "string_too_long"]) == "invalid_url"
    assert most_specific_reason(["missing"]) == most_specific_reason([]) == "invalid_raw_article"
