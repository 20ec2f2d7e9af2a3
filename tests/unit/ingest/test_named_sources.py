"""An HTTP client names its source: a JSON article's `source` field, or the `source` query
parameter; the article's source is http:<name>, plain http with none. A named token fixes
the name; an unnamed token, or dev mode with no token, may post as any valid name."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from itertools import count
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_ingest.bootstrap import build_app
from newsflow_ingest.domain import SourceNotAllowedError, http_source, is_source_name
from newsflow_ingest.service.files import articles_from_bytes
from newsflow_ingest.settings import IngestSettings
from tests.unit.ingest.fakes import FakePublisher, ingestor

NAMED, UNNAMED = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
TOKENS = f"scraper:{NAMED},{UNNAMED}"
TEXT = {"content-type": "text/plain"}
_titles = count()


def article(**fields: object) -> dict[str, object]:
    return {"title": f"Article {next(_titles)}", "body": "One.", **fields}


def client(publisher: FakePublisher, tokens: str = "") -> TestClient:
    settings = IngestSettings.model_validate({"ingest_tokens": tokens, "newsflow_env": "dev"})
    return TestClient(build_app(settings, ingestor(publisher)))


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("name", ["my-scraper", "a", "feeds.example_2", "0" * 63])
def test_a_source_name_is_a_short_slug(name: str) -> None:
    assert is_source_name(name)


@pytest.mark.parametrize(
    "name", ["", "My-Scraper", "-scraper", ".x", "a b", "a:b", "a/b", "0" * 64, "caf\xe9", "a\n"]
)
def test_anything_else_is_no_source_name(name: str) -> None:
    assert not is_source_name(name)


def test_the_source_is_http_and_the_name() -> None:
    assert http_source(None, None) == "http"
    assert http_source("my-scraper", None) == "http:my-scraper"
    assert http_source(None, "scraper") == http_source("scraper", "scraper") == "http:scraper"
    with pytest.raises(SourceNotAllowedError, match="this token may only post as scraper"):
        http_source("other", "scraper")


def test_a_json_article_names_its_source() -> None:
    publisher = FakePublisher()
    batch = [article(source="my-scraper"), article()]
    assert client(publisher).post("/articles", json=batch).status_code == 202
    assert [a.source for a in publisher.published] == ["http:my-scraper", "http"]


def test_a_text_article_names_its_source_in_the_query() -> None:
    publisher = FakePublisher()
    answer = client(publisher).post(
        "/articles", params={"source": "my-scraper"}, content=b"Title\n\nBody.", headers=TEXT
    )
    assert answer.status_code == 202
    assert [a.source for a in publisher.published] == ["http:my-scraper"]


def test_the_query_names_the_source_of_json_articles_that_do_not() -> None:
    publisher = FakePublisher()
    batch = [article(), article(source="other")]
    answer = client(publisher).post("/articles", params={"source": "mine"}, json=batch)
    assert answer.status_code == 202
    assert [a.source for a in publisher.published] == ["http:mine", "http:other"]


def test_a_json_source_that_is_no_slug_is_a_422_with_its_field() -> None:
    publisher = FakePublisher()
    answer = client(publisher).post("/articles", json=[article(), article(source="My Scraper")])
    assert answer.status_code == 422
    [error] = answer.json()["detail"]
    assert error["loc"] == ["body", 1, "source"] and error["reason"]
    assert publisher.published == []


def test_a_query_source_that_is_no_slug_is_a_422_with_the_rule() -> None:
    publisher = FakePublisher()
    answer = client(publisher).post(
        "/articles", params={"source": "a/b"}, content=b"Title\n\nBody.", headers=TEXT
    )
    assert answer.status_code == 422
    [error] = answer.json()["detail"]
    assert error["loc"] == ["query", "source"] and "a-z 0-9" in error["msg"]
    assert error["reason"] and publisher.published == []


def test_a_named_token_posts_as_its_name_when_none_is_given() -> None:
    publisher = FakePublisher()
    api = client(publisher, TOKENS)
    assert api.post("/articles", json=article(), headers=bearer(NAMED)).status_code == 202
    same = article(source="scraper")
    assert api.post("/articles", json=same, headers=bearer(NAMED)).status_code == 202
    text = api.post("/articles", content=b"Title\n\nBody.", headers=TEXT | bearer(NAMED))
    assert text.status_code == 202
    assert [a.source for a in publisher.published] == ["http:scraper"] * 3


@pytest.mark.parametrize("where", ["json", "query", "text-query"])
def test_a_named_token_naming_another_source_is_a_403(where: str) -> None:
    publisher = FakePublisher()
    api = client(publisher, TOKENS)
    headers = bearer(NAMED)
    if where == "json":
        answer = api.post("/articles", json=[article(), article(source="other")], headers=headers)
    elif where == "query":
        answer = api.post("/articles", params={"source": "other"}, json=article(), headers=headers)
    else:
        answer = api.post(
            "/articles", params={"source": "other"}, content=b"T\n\nB.", headers=TEXT | headers
        )
    assert answer.status_code == 403
    assert answer.json() == {"detail": "this token may only post as scraper"}
    assert publisher.published == []


def test_an_unnamed_token_may_name_any_source() -> None:
    publisher = FakePublisher()
    api = client(publisher, TOKENS)
    batch = [article(source="one"), article()]
    assert api.post("/articles", json=batch, headers=bearer(UNNAMED)).status_code == 202
    assert [a.source for a in publisher.published] == ["http:one", "http"]


def test_a_token_name_that_is_no_source_name_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match="Bad Name") as refused:
        client(FakePublisher(), f"Bad Name:{NAMED}")
    assert NAMED not in str(refused.value)


def test_a_json_file_keeps_its_file_source() -> None:
    raw = json.dumps(article(source="my-scraper")).encode()
    [stored] = articles_from_bytes(raw, Path("a.json"), datetime.now(UTC))
    assert stored.source == "file:a.json"


def test_a_source_the_token_may_not_post_as_is_not_counted_as_invalid_input() -> None:
    """A 403 is about who posts, as a wrong token is: no article of it is counted."""
    registry = CollectorRegistry()
    settings = IngestSettings.model_validate({"ingest_tokens": TOKENS, "newsflow_env": "dev"})
    api = TestClient(build_app(settings, ingestor(FakePublisher(), registry)))
    batch = [article(source="other")]
    assert api.post("/articles", json=batch, headers=bearer(NAMED)).status_code == 403
    invalid = {"stage": "ingest", "outcome": "invalid"}
    assert not registry.get_sample_value("newsflow_articles_processed_total", invalid)
