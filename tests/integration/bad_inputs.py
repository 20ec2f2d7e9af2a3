"""The kinds of bad input the door is tried with (test_bad_input.py), each with what it
sends over HTTP and onto the raw topic, and how each must end: a 4xx with its reason, a
dead letter with the same reason, or, for input that is odd but valid, a stored article.

docs/ingest.md carries this table (`python -m tests.integration.bad_inputs` prints it);
tests/unit/ingest/test_bad_input_table.py fails when they differ."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass

from newsflow_schemas import article_id

JSON = "application/json"
TEXT = "text/plain"
STORED = "stored"
INGESTED_AT = "2026-11-01T12:00:00Z"
BODY = "The council met on Tuesday and approved the budget for the new school year."
RUSSIAN_BODY = (
    "Мэр Москвы Сергей Собянин объявил во вторник, что город потратит 2 млрд рублей "
    "на ремонт сорока школ.\n\nРаботы начнутся в июле."
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
MAX_BODY_BYTES = 4 * 1024 * 1024  # ingest's default INGEST_MAX_BODY_BYTES


@dataclass(frozen=True)
class Kind:
    name: str
    what: str
    http: bytes
    kafka: bytes | None  # the raw topic's message value; None is a tombstone
    http_outcome: str  # "422 <reason>", "413", "202"
    kafka_outcome: str  # the dead letter's reason, or "stored"
    content_type: str = JSON

    @property
    def valid(self) -> bool:
        return self.kafka_outcome == STORED


def submission(**fields: object) -> bytes:
    """An article as a client posts it, as ASCII JSON (other characters as escapes)."""
    return json.dumps({"title": "Council approves budget", "body": BODY} | fields).encode()


def event(**fields: object) -> bytes:
    """A RawArticle as a direct producer writes it (without an id: enrich derives one)."""
    document = {
        "schema_version": 3,
        "title": "Council approves budget",
        "body": BODY,
        "source": "kcat",
        "ingested_at": INGESTED_AT,
    }
    return json.dumps(document | fields).encode()


def event_with_id(title: str, body: str = BODY, **fields: object) -> bytes:
    """A valid RawArticle, keyed as the contract says: its id is the message key."""
    url = fields.get("url")
    key = article_id(url=url if isinstance(url, str) else None, title=title, body=body)
    return event(article_id=key, title=title, body=body, **fields)


def same(kind: str, what: str, raw: bytes, reason: str, content_type: str = JSON) -> Kind:
    """The same bytes on both paths, refused for the same reason."""
    return Kind(kind, what, raw, raw, f"422 {reason}", reason, content_type)


def rule(kind: str, what: str, reason: str, **fields: object) -> Kind:
    """A field that breaks a rule, in a submission and in an event."""
    return Kind(kind, what, submission(**fields), event(**fields), f"422 {reason}", reason)


def valid(kind: str, what: str, title: str, body: str) -> Kind:
    """Odd but valid: stored verbatim from both paths (as two articles, by their titles)."""
    http, kafka = (
        submission(title=f"{title} (http)", body=body),
        event_with_id(f"{title} (kcat)", body),
    )
    return Kind(kind, what, http, kafka, "202", STORED)


NESTED = b'{"title": "a", "body": "b", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
BATCH = json.dumps([{"title": f"Article {n}", "body": BODY} for n in range(501)]).encode()
HUGE = submission(body="word " * (MAX_BODY_BYTES // 5 + 1_000))

KINDS: tuple[Kind, ...] = (
    # JSON that is no article
    same(
        "malformed JSON",
        '`{"title": "x", "body": ` (cut short)',
        b'{"title": "x", "body": ',
        "invalid_raw_article",
    ),
    Kind(
        "empty body, tombstone",
        "an empty request body; a message with a null value",
        b"",
        None,
        "422 invalid_raw_article",
        "invalid_raw_article",
    ),
    same("not an object", '`"just a string"`', b'"just a string"', "invalid_raw_article"),
    same("deeply nested JSON", "100,000 nested arrays in a field", NESTED, "nested_too_deep"),
    same(
        "duplicate keys",
        '`{"title": "a", "title": "b", …}`',
        b'{"title": "a", "title": "b", "body": "c", "source": "s", '
        b'"ingested_at": "2026-11-01T12:00:00Z"}',
        "duplicate_keys",
    ),
    rule(
        "wrong JSON types",
        "a number for `title`, a list for `body`",
        "invalid_raw_article",
        title=123,
        body=["x"],
    ),
    Kind(
        "missing fields",
        "only a `title`",
        b'{"title": "x"}',
        b'{"title": "x"}',
        "422 invalid_raw_article",
        "invalid_raw_article",
    ),
    same(
        "a 5,000-digit number",
        "an integer too long for any parser's limit",
        b'{"title": "a", "body": "b", "n": ' + b"7" * 5_000 + b"}",
        "invalid_raw_article",
    ),
    same(
        "NaN",
        "`NaN`, which JSON does not have",
        b'{"title": "a", "body": "b", "n": NaN}',
        "invalid_raw_article",
    ),
    Kind(
        "unknown field",
        '`"colour": "red"` besides the article',
        submission(title="Unknown field (http)", colour="red"),
        event_with_id("Unknown field (kcat)", colour="red"),
        "422 unknown_field",
        STORED,
    ),
    Kind(
        "later schema version",
        "`schema_version` 99 with a field version 3 does not know",
        submission(title="Schema version (http)", schema_version=99),
        event_with_id("Schema version (kcat)", schema_version=99, added_in_v99=True),
        "422 unknown_field",
        STORED,
    ),
    Kind(
        "invalid schema version",
        "`schema_version` 0",
        submission(schema_version=0),
        event(schema_version=0),
        "422 unknown_field",
        "invalid_raw_article",
    ),
    rule(
        "naive timestamp",
        "`published_at` without a time zone",
        "invalid_raw_article",
        published_at="2026-01-01T00:00:00",
    ),
    rule(
        "timestamp out of range",
        "`published_at` 0001-01-01T00:00:00+05:00, before year 1 in UTC",
        "invalid_raw_article",
        published_at="0001-01-01T00:00:00+05:00",
    ),
    rule("blank title", "a title of spaces and a tab", "invalid_raw_article", title="  \t "),
    rule("invalid language", '`language` "english"', "invalid_raw_article", language="english"),
    # bytes that are not UTF-8 text
    same(
        "truncated UTF-8 in JSON",
        "a title ending in half a character (`caf\\xc3`)",
        b'{"title": "caf\xc3", "body": "b"}',
        "invalid_utf8",
    ),
    same(
        "truncated UTF-8 text",
        "text/plain ending in half a character",
        b"Caf\xc3\xa9 closes\n\nThe caf\xc3",
        "invalid_utf8",
        TEXT,
    ),
    same(
        "Latin-1 text",
        "text/plain in ISO-8859-1",
        "Café closes\n\nThe café on the square has closed.".encode("latin-1"),
        "invalid_utf8",
        TEXT,
    ),
    same(
        "encoded surrogate",
        "UTF-8 bytes of U+D800 (CESU-8) in a string",
        b'{"title": "\xed\xa0\x80", "body": "b"}',
        "invalid_utf8",
    ),
    rule(
        "lone surrogate",
        "the JSON escape `\\ud800` in the title",
        "lone_surrogates",
        title="Half \ud800 a character",
    ),
    rule(
        "lone low surrogate",
        "the JSON escape `\\udfff` in the body",
        "lone_surrogates",
        body="Half \udfff a character",
    ),
    same("binary file", "a PNG image", PNG, "not_text", TEXT),
    same(
        "gzip as JSON",
        "a gzip-compressed article sent as JSON",
        gzip.compress(submission()),
        "not_text",
    ),
    same(
        "UTF-16 text",
        "text/plain in UTF-16 with its BOM",
        "Council approves budget\n\nThe council met.".encode("utf-16"),
        "not_text",
        TEXT,
    ),
    Kind(
        "mostly private use",
        "text/plain, and a body, of private-use characters",
        ("Icons\n\n" + "\ue000\uf8ff" * 100).encode(),
        event(body="\ue000\uf8ff" * 100),
        "422 not_text",
        "not_text",
        TEXT,
    ),
    # control characters
    rule(
        "NUL in JSON",
        "`\\u0000` in the body",
        "control_characters",
        body="Null \x00 byte in the body.",
    ),
    Kind(
        "NUL in text",
        "a raw NUL byte in text/plain; `\\u0000` in a title",
        b"Council approves budget\n\nThe council \x00 met.",
        event(title="Null \x00 in the title"),
        "422 control_characters",
        "control_characters",
        TEXT,
    ),
    rule(
        "ANSI escapes",
        "a bell and a terminal colour sequence in the body",
        "control_characters",
        body="Ring \x07 and \x1b[31mred\x1b[0m text.",
    ),
    rule(
        "C1 controls",
        "U+0085 and U+009B in the body",
        "control_characters",
        body="Next line \x85 and CSI \x9b here.",
    ),
    Kind(
        "form feed in text",
        "form feed and vertical tab in text/plain and in a bullet",
        b"Council approves budget\n\nThe council\x0c met\x0b today.",
        event(bullets=["One\x0cbullet"]),
        "422 control_characters",
        "control_characters",
        TEXT,
    ),
    rule(
        "NUL in a URL",
        "`https://example.org/a\\u0000b`",
        "control_characters",
        url="https://example.org/a\x00b",
    ),
    # URLs
    rule("javascript: URL", "`javascript:alert(1)`", "invalid_url", url="javascript:alert(1)"),
    rule(
        "data: URL",
        "`data:text/html,<script>…`",
        "invalid_url",
        url="data:text/html,<script>alert(1)</script>",
    ),
    rule("file: URL", "`file:///etc/passwd`", "invalid_url", url="file:///etc/passwd"),
    rule("ftp: URL", "`ftp://example.org/news/1`", "invalid_url", url="ftp://example.org/news/1"),
    rule("relative URL", "`/news/1`", "invalid_url", url="/news/1"),
    rule(
        "malformed URL",
        "`http://[::1` (urlsplit raises; it was a 500)",
        "invalid_url",
        url="http://[::1/news",
    ),
    rule(
        "URL with a space",
        "`https://example.org/a b`",
        "invalid_url",
        url="https://example.org/a b",
    ),
    # sizes
    rule(
        "title of 200,000 characters",
        "one 200,000-character title",
        "field_too_long",
        title="t" * 200_000,
    ),
    rule(
        "body over its limit", "a body of 100,001 characters", "field_too_long", body="b" * 100_001
    ),
    rule("too many bullets", "51 bullets", "field_too_long", bullets=["A bullet"] * 51),
    Kind(
        "text over its limit",
        "150,000 characters of text/plain; `original_text` as long",
        ("Long\n\n" + "word " * 30_000).encode(),
        event(original_text="word " * 30_000),
        "422 field_too_long",
        "field_too_long",
        TEXT,
    ),
    Kind("huge batch", "a list of 501 articles", BATCH, BATCH, "413", "invalid_raw_article"),
    Kind(
        "oversized body",
        "a body over 4 MiB over HTTP; an 800,000-character body on the topic",
        HUGE,
        event(body="word " * 160_000),
        "413",
        "field_too_long",
    ),
    # odd but valid: stored verbatim
    valid(
        "zero-width characters",
        "ZWSP, ZWNJ, ZWJ, word joiner and soft hyphen",
        "Zero\u200bwidth\u200c",
        "Joiners\u200d and\u2060 soft\u00adhyphens stay.",
    ),
    valid(
        "right-to-left text",
        "Hebrew and Arabic with RLM and an RLO override",
        "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
        "Mixed \u200f\u05e9\u05dc\u05d5\u05dd and \u202eevil.exe\u202c text.",
    ),
    valid(
        "emoji only",
        "a title and a body of emoji",
        "\U0001f389\U0001f525",
        "\U0001f680\U0001f30d\U0001f44d\U0001f3fd\u200d\U0001f9d1",
    ),
    valid(
        "SQL injection",
        "quotes, `;`, `--`, `$$` and `DROP TABLE` in title and body",
        "Robert'); DROP TABLE articles;--",
        "' OR '1'='1'; SELECT pg_sleep(10); $$ \\' \"; DROP TABLE entities CASCADE;--",
    ),
    valid(
        "script tags",
        "`<script>`, `<img onerror>` and `javascript:` in the text",
        "<script>alert('title')</script>",
        '<img src=x onerror=alert(1)> <a href="javascript:alert(2)">link</a>',
    ),
    valid(
        "a 100,000-character word",
        "a body that is one word at the body's limit",
        "One long word",
        "w" * 100_000,
    ),
    Kind(
        "BOM and CRLF",
        "a byte-order mark, then CRLF line ends",
        "\ufeffBOM and CRLF (http)\r\n\r\nFirst paragraph.\r\n\r\nSecond.".encode(),
        b"\xef\xbb\xbf" + event_with_id("BOM and CRLF (kcat)", "First paragraph.\r\n\r\nSecond."),
        "202",
        STORED,
        TEXT,
    ),
    Kind(
        "Russian article",
        "text/plain of the simple shape: title, blank line, body",
        ("Москва отремонтирует школы (http)\n\n" + RUSSIAN_BODY).encode(),
        event_with_id("Москва отремонтирует школы (kcat)", RUSSIAN_BODY, language="ru"),
        "202",
        STORED,
        TEXT,
    ),
)


def _http(outcome: str) -> str:
    status, _, reason = outcome.partition(" ")
    if status == "202":
        return "202, stored"
    return f"{status} `{reason}`" if reason else status


def table() -> str:
    """The kinds as the Markdown table that docs/ingest.md carries."""
    rows = [
        "| # | kind | what is sent | HTTP | raw topic (kcat) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for number, kind in enumerate(KINDS, 1):
        kafka = "stored" if kind.valid else f"dead letter `{kind.kafka_outcome}`"
        rows.append(
            f"| {number} | {kind.name} | {kind.what} | {_http(kind.http_outcome)} | {kafka} |"
        )
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())
