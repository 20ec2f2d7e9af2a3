"""Messages that must never reach PostgreSQL: each is refused at the door or dead-lettered.

kcat poison goes straight onto the raw topic, past every check ingest makes, so enrich must
dead-letter it; HTTP poison must be answered with a 4xx; the CLI must report its files invalid."""

from __future__ import annotations

from dataclasses import dataclass

from tests.chaos.articles import raw_article, to_json

OVERSIZED_HTTP_BYTES = 5 * 1024 * 1024  # over ingest's request limit (4 MiB) and the topic's
OVERSIZED_BODY_CHARS = 300_000  # over RawArticle's body limit, under the topic's
OVERSIZED_FILE_BYTES = 3 * 1024 * 1024


@dataclass(frozen=True)
class Poison:
    name: str
    path: str  # kcat, http or cli
    payload: bytes
    content_type: str = "application/json"
    oversized: bool = False

    @property
    def key(self) -> str:
        """The Kafka key kcat gives it, and the file name the CLI reads it from."""
        return f"chaos-poison-{self.name}"


def _valid(name: str, **changes: object) -> dict[str, object]:
    article = raw_article(name, "A body.", f"https://chaos.example/poison/{name}")
    return {**article, **changes}


def _kcat() -> list[Poison]:
    ok = _valid("chaos-ok")
    cases: dict[str, bytes] = {
        "malformed-json": b'{"title": "Chaos poison", "body": ',
        "not-json": b"this is not json at all",
        "wrong-types": to_json({**ok, "title": 42, "body": ["a", "b"], "source": True}),
        "json-array": to_json([_valid("chaos-in-array")]),
        "json-string": b'"just a string"',
        "json-number": b"12345",
        "json-null": b"null",
        "empty-value": b"",
        "binary": bytes((i * 37 + 11) % 256 for i in range(512)),
        "missing-fields": to_json({"title": "Chaos poison without a body"}),
        "missing-ingested-at": to_json({k: v for k, v in ok.items() if k != "ingested_at"}),
        "unknown-shape": to_json(
            {"specversion": "1.0", "type": "com.example.order", "data": {"order": 7}}
        ),
        "bad-article-id": to_json(_valid("chaos-bad-id", article_id="NOT-A-HEX-ID")),
        "naive-datetime": to_json(_valid("chaos-naive", ingested_at="2026-01-01T12:00:00")),
        "bad-language": to_json(_valid("chaos-language", language="english")),
        "empty-title": to_json(_valid("chaos-empty-title", title="")),
        "long-title": to_json(_valid("chaos-long-title", title="T" * 1001)),
        "invalid-utf8": to_json(_valid("chaos-utf8", title="X")).replace(
            b'"title": "X"', b'"title": "Chaos \xff\xfe poison"'
        ),
    }
    oversized_body = " ".join(["filler"] * (OVERSIZED_BODY_CHARS // 7 + 1))
    oversized = to_json(_valid("chaos-oversized-body", body=oversized_body))
    return [Poison(name, "kcat", payload) for name, payload in cases.items()] + [
        Poison("oversized-body", "kcat", oversized, oversized=True)
    ]


def _http() -> list[Poison]:
    cases: dict[str, tuple[bytes, str]] = {
        "http-malformed-json": (b'{"title": ', "application/json"),
        "http-missing-title": (to_json({"body": "No title."}), "application/json"),
        "http-wrong-types": (to_json({"title": 5, "body": ["x"]}), "application/json"),
        "http-extra-field": (
            to_json({"title": "Chaos poison", "body": "Text.", "colour": "red"}),
            "application/json",
        ),
        "http-bad-language": (
            to_json({"title": "Chaos poison", "body": "Text.", "language": "english"}),
            "application/json",
        ),
        "http-batch-with-one-bad": (
            to_json([{"title": "Chaos poison batch", "body": "Fine."}, {"title": "", "body": "x"}]),
            "application/json",
        ),
        "http-unsupported-type": (b"<article><title>x</title></article>", "application/xml"),
        "http-plain-title-only": (b"Only a title line", "text/plain"),
    }
    huge = {"title": "Chaos oversized request", "body": "x" * OVERSIZED_HTTP_BYTES}
    return [Poison(name, "http", body, kind) for name, (body, kind) in cases.items()] + [
        Poison("http-oversized-request", "http", to_json(huge), oversized=True)
    ]


def _cli() -> list[Poison]:
    paragraph = ("filler words " * (OVERSIZED_FILE_BYTES // 13 + 1)).strip()
    huge = f"Chaos oversized file\n\nA standfirst.\n\n{paragraph}\n".encode()
    return [
        Poison("cli-title-only", "cli", b"Only a title line and nothing else\n"),
        Poison("cli-oversized-file", "cli", huge, oversized=True),
    ]


def catalogue() -> list[Poison]:
    return [*_kcat(), *_http(), *_cli()]
