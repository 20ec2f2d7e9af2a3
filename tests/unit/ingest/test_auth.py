"""POST /articles takes a request only with one of the configured bearer tokens, decided
before its body is read; /metrics, /healthz and /readyz stay open on their own port."""

from __future__ import annotations

import logging
import secrets

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow.stack.ports import free_port
from newsflow_ingest.adapters.auth import BearerTokens
from newsflow_ingest.bootstrap import build_app, ops_server, refuse_unsafe_tokens
from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.production import UnsafeSecretError
from tests.unit.ingest.fakes import FakePublisher, ingestor
from tests.unit.ingest.test_http_limits import CountingBody

TOKEN, NEXT = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
ARTICLE = {"title": "A", "body": "One."}


def settings(tokens: str = TOKEN, **overrides: object) -> IngestSettings:
    return IngestSettings.model_validate(
        {"ingest_tokens": tokens, "newsflow_env": "dev", **overrides}
    )


def client(publisher: FakePublisher, tokens: str = TOKEN) -> TestClient:
    return TestClient(build_app(settings(tokens), ingestor(publisher)))


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_the_right_token_is_accepted() -> None:
    publisher = FakePublisher()
    response = client(publisher).post("/articles", json=ARTICLE, headers=bearer(TOKEN))
    assert response.status_code == 202 and [a.title for a in publisher.published] == ["A"]
    lower_case = {"Authorization": f"bearer {TOKEN}"}  # the scheme is case-insensitive
    assert client(publisher).post("/articles", json=ARTICLE, headers=lower_case).status_code == 202


def test_no_token_is_a_401_that_says_how_to_authenticate() -> None:
    publisher = FakePublisher()
    response = client(publisher).post("/articles", json=ARTICLE)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json() == {"detail": "send the header Authorization: Bearer <token>"}
    assert publisher.published == []


@pytest.mark.parametrize(
    "authorization",
    ["Basic dXNlcjpwYXNz", "Bearer", "Bearer   ", f"Token {TOKEN}", TOKEN, ""],
    ids=["basic", "no-token", "blank-token", "other-scheme", "no-scheme", "empty"],
)
def test_a_malformed_header_is_a_401(authorization: str) -> None:
    publisher = FakePublisher()
    headers = {"Authorization": authorization}
    response = client(publisher).post("/articles", json=ARTICLE, headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert publisher.published == []


@pytest.mark.parametrize(
    "wrong",
    [secrets.token_urlsafe(32), TOKEN[:-1], TOKEN + "x", TOKEN.upper(), "caf\xe9"],
    ids=["other", "shorter", "longer", "case", "not-ascii"],
)
def test_a_wrong_token_is_a_403_that_does_not_echo_it(wrong: str) -> None:
    publisher = FakePublisher()
    headers = {"Authorization": f"Bearer {wrong}".encode("latin-1")}
    response = client(publisher).post("/articles", json=ARTICLE, headers=headers)
    assert response.status_code == 403
    assert response.json() == {"detail": "this token is not accepted here"}
    assert wrong not in response.text and TOKEN not in response.text
    assert publisher.published == []


def test_while_a_token_is_rotated_the_old_and_the_new_are_both_accepted() -> None:
    publisher = FakePublisher()
    both = client(publisher, f"{TOKEN},{NEXT}")
    for token in (TOKEN, NEXT):
        assert both.post("/articles", json=ARTICLE, headers=bearer(token)).status_code == 202
    retired = client(publisher, NEXT)
    assert retired.post("/articles", json=ARTICLE, headers=bearer(TOKEN)).status_code == 403
    assert retired.post("/articles", json=ARTICLE, headers=bearer(NEXT)).status_code == 202


def test_a_token_may_carry_the_name_of_its_source() -> None:
    tokens = settings(f" scraper:{TOKEN} , {NEXT}").ingest_tokens
    assert [t.name for t in tokens] == ["scraper", "token 2"]
    check = BearerTokens(tokens)
    assert check.name_of(TOKEN) == "scraper" and check.name_of(NEXT) == "token 2"
    assert check.name_of("scraper") is None and check.name_of(f"scraper:{TOKEN}") is None


def test_settings_never_show_a_token() -> None:
    configured = settings(f"scraper:{TOKEN},{NEXT}")
    for shown in (repr(configured), str(configured), configured.model_dump_json()):
        assert TOKEN not in shown and NEXT not in shown
        assert "scraper" in shown


async def test_a_request_without_a_token_is_refused_before_its_body_is_read() -> None:
    """Else anyone could make the service read (and the network carry) 4 MiB per request."""
    api = build_app(settings(ingest_max_body_bytes=1_000), ingestor(FakePublisher()))
    for declared in ({"content-length": "30000"}, {}):  # declared too large, or streamed
        body = CountingBody(b" " * 300, chunks=100)
        headers = {"content-type": "application/json", **declared}
        assert (await post(api, body, headers)).status_code == 401
        assert body.pulled == 0
    body = CountingBody(b" " * 300, chunks=100)
    answer = await post(api, body, {"content-type": "application/json", **bearer(TOKEN)})
    assert answer.status_code == 413  # with the token, the size limit answers


async def post(api: FastAPI, body: CountingBody, headers: dict[str, str]) -> httpx.Response:
    transport = httpx.ASGITransport(app=api)
    async with httpx.AsyncClient(transport=transport, base_url="http://ingest") as http:
        return await http.post("/articles", content=body, headers=headers)


async def test_the_operations_port_answers_without_a_token() -> None:
    configured = settings(ingest_metrics_port=free_port())
    ops = ops_server(configured, CollectorRegistry(), {"kafka": connected}).start()
    try:
        base = f"http://127.0.0.1:{configured.ingest_metrics_port}"
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            answers = [(await http.get(path)).status_code for path in ("/metrics", "/healthz")]
            ready = await http.get("/readyz")
            posted = await http.post("/articles", json=ARTICLE, headers=bearer(TOKEN))
    finally:
        ops.stop()
    assert answers == [200, 200] and ready.json() == {"ready": True, "checks": {"kafka": True}}
    assert posted.status_code == 501  # articles are taken on the other port only


async def connected() -> bool:
    return True


def test_in_dev_mode_no_token_leaves_the_door_open_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    open_door = settings("")
    with caplog.at_level(logging.WARNING):
        refuse_unsafe_tokens(open_door)
    assert "INGEST_TOKENS is empty: POST /articles takes requests from anyone" in caplog.text
    api = TestClient(build_app(open_door, ingestor(FakePublisher())))
    assert api.post("/articles", json=ARTICLE).status_code == 202


@pytest.mark.parametrize(
    ("tokens", "problem"),
    [
        ("", "INGEST_TOKENS is empty"),
        ("ci:changeme", "INGEST_TOKENS is a well-known default value"),
        (f"{TOKEN},short-one", "entry 2 of INGEST_TOKENS is shorter than 24 characters"),
    ],
)
def test_outside_dev_mode_no_token_or_a_weak_one_is_refused(tokens: str, problem: str) -> None:
    with pytest.raises(UnsafeSecretError, match=f"^{problem}; with NEWSFLOW_ENV=production"):
        refuse_unsafe_tokens(settings(tokens, newsflow_env="production"))
    refuse_unsafe_tokens(settings(f"ci:{TOKEN}", newsflow_env="production"))  # a strong one
