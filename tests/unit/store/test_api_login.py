"""Which login the read API starts with, and when it refuses to start at all."""

from __future__ import annotations

import logging

import pytest
from pydantic import SecretStr

from newsflow_store.api import login as api_login
from newsflow_store.api.login import NotChecked, ReadLogin, UnsafeLogin, choose_login
from newsflow_store.settings import ApiSettings

STORE_URL = "postgresql://newsflow_store@db/newsflow"
API_URL = "postgresql://newsflow_api@db/newsflow"


def settings(env: str, api_url: str | None) -> ApiSettings:
    return ApiSettings(
        newsflow_env=env,  # type: ignore[arg-type]
        database_url=SecretStr(STORE_URL),
        api_database_url=SecretStr(api_url) if api_url else None,
        api_startup_wait_seconds=0,
    )


def powers(monkeypatch: pytest.MonkeyPatch, found: list[str] | Exception) -> None:
    def check(url: str, wait_seconds: float) -> list[str]:
        assert url == API_URL
        if isinstance(found, Exception):
            raise found
        return found

    monkeypatch.setattr(api_login, "wait_for_write_powers", check)


def test_dev_mode_without_an_api_login_falls_back_to_set_role_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        login = choose_login(settings("dev", None))

    assert login == ReadLogin(STORE_URL, set_role="newsflow_reader")
    assert "API_DATABASE_URL is not set" in caplog.text


def test_production_without_an_api_login_refuses_to_start() -> None:
    with pytest.raises(UnsafeLogin, match="API_DATABASE_URL is not set"):
        choose_login(settings("production", None))


@pytest.mark.parametrize("env", ["dev", "production"])
def test_a_login_that_only_reads_is_used_as_it_is(
    monkeypatch: pytest.MonkeyPatch, env: str
) -> None:
    powers(monkeypatch, [])

    assert choose_login(settings(env, API_URL)) == ReadLogin(API_URL, set_role=None)


def test_production_refuses_a_login_that_can_write(monkeypatch: pytest.MonkeyPatch) -> None:
    powers(monkeypatch, ["newsflow_writer may INSERT articles"])

    with pytest.raises(UnsafeLogin, match="can write: newsflow_writer may INSERT articles"):
        choose_login(settings("production", API_URL))


def test_dev_mode_warns_about_a_login_that_can_write(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    powers(monkeypatch, ["newsflow_api is a superuser"])

    with caplog.at_level(logging.WARNING):
        assert choose_login(settings("dev", API_URL)) == ReadLogin(API_URL)
    assert "can write: newsflow_api is a superuser" in caplog.text


def test_production_refuses_to_start_unchecked(monkeypatch: pytest.MonkeyPatch) -> None:
    powers(monkeypatch, NotChecked("the database is unreachable"))

    with pytest.raises(UnsafeLogin, match=r"cannot check .* the database is unreachable"):
        choose_login(settings("production", API_URL))
    assert choose_login(settings("dev", API_URL)) == ReadLogin(API_URL)


def test_only_dev_and_production_are_modes() -> None:
    with pytest.raises(ValueError, match="newsflow_env"):
        settings("staging", None)
