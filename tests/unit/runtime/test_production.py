"""Outside dev mode a missing or weak secret is refused, and the refusal never shows it."""

from __future__ import annotations

import secrets

import pytest
from pydantic import SecretStr

from newsflow_runtime.production import (
    UnsafeSecretError,
    require_safe_secrets,
    require_safe_url_passwords,
    secret_problem,
    url_password,
    weakness,
)

STRONG = secrets.token_urlsafe(32)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("changeme", "a well-known default value"),
        ("  Secret ", "a well-known default value"),
        ("newsflow", "a well-known default value"),
        ("x" * 23, "shorter than 24 characters"),
        ("ab" * 20, "a placeholder (too few distinct characters)"),
    ],
)
def test_weak_values_are_named_for_what_is_wrong(value: str, reason: str) -> None:
    assert weakness(SecretStr(value)) == reason


def test_a_random_token_is_fit() -> None:
    assert weakness(SecretStr(STRONG)) is None


def test_the_problem_names_the_setting_and_entry_but_never_the_value() -> None:
    assert secret_problem("INGEST_TOKENS", []) == "INGEST_TOKENS is empty"
    problem = secret_problem("INGEST_TOKENS", [SecretStr(STRONG), SecretStr("tok3n-but-short")])
    assert problem == "entry 2 of INGEST_TOKENS is shorter than 24 characters"
    assert secret_problem("INGEST_TOKENS", [SecretStr(STRONG)]) is None


@pytest.mark.parametrize("env", ["production", "staging", "prod"])
def test_outside_dev_mode_a_weak_secret_is_refused(env: str) -> None:
    with pytest.raises(UnsafeSecretError) as refused:
        require_safe_secrets("INGEST_TOKENS", [SecretStr("changeme")], env)
    message = str(refused.value)
    assert message.startswith("INGEST_TOKENS is a well-known default value;")
    assert f"NEWSFLOW_ENV={env}" in message and "changeme" not in message
    with pytest.raises(UnsafeSecretError, match="INGEST_TOKENS is empty"):
        require_safe_secrets("INGEST_TOKENS", [], env)


def test_in_dev_mode_the_problem_is_returned_for_a_warning() -> None:
    assert require_safe_secrets("INGEST_TOKENS", [], "dev") == "INGEST_TOKENS is empty"
    assert require_safe_secrets("INGEST_TOKENS", [SecretStr(STRONG)], "production") is None


def test_a_url_password_is_read_from_the_url_form() -> None:
    assert url_password("postgresql://store:s%40cret@db:5432/newsflow") == SecretStr("s@cret")
    assert url_password("postgresql://store@db/newsflow") is None


def test_a_weak_database_password_is_refused_in_production_and_a_missing_one_is_not() -> None:
    weak = {"DATABASE_URL": SecretStr("postgresql://newsflow:postgres@db/newsflow")}
    with pytest.raises(UnsafeSecretError, match="the password in DATABASE_URL") as refused:
        require_safe_url_passwords(weak, "production")
    assert "postgres@" not in str(refused.value)
    assert require_safe_url_passwords(weak, "dev") == [
        "the password in DATABASE_URL is a well-known default value"
    ]
    no_password = {"DATABASE_URL": SecretStr("postgresql://newsflow@db/newsflow"), "X": None}
    assert require_safe_url_passwords(no_password, "production") == []
