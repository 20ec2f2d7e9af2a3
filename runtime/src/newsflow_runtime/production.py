"""Secrets a service must refuse to start with outside dev mode.

`NEWSFLOW_ENV` is "dev" unless set; anything else (production, staging, a typo) is treated
as production, so a mistake errs on the safe side. In dev mode the same problems are only
worth a warning: the local stack and the tests run there."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import unquote, urlsplit

from pydantic import SecretStr

DEV = "dev"
MIN_SECRET_CHARS = 24
# Values that ship in examples, tutorials and default configurations, whatever their length.
KNOWN_DEFAULTS = frozenset(
    {
        "admin",
        "change-me",
        "changeit",
        "changeme",
        "default",
        "letmein",
        "newsflow",
        "password",
        "postgres",
        "secret",
        "test",
        "token",
    }
)
# Fewer distinct characters than this ("aaaa…", "abab…") is a placeholder, not a secret.
MIN_DISTINCT_CHARS = 6

__all__ = [
    "DEV",
    "UnsafeSecretError",
    "is_dev",
    "require_safe_secrets",
    "require_safe_url_passwords",
    "secret_problem",
    "weakness",
]


class UnsafeSecretError(ValueError):
    """A secret setting is missing or weak outside dev mode. The message never holds it."""


def is_dev(env: str) -> bool:
    return env == DEV


def weakness(secret: SecretStr) -> str | None:
    """Why this secret is unfit for production, or None if it is fit."""
    value = secret.get_secret_value()
    if value.strip().lower() in KNOWN_DEFAULTS:
        return "a well-known default value"
    if len(value) < MIN_SECRET_CHARS:
        return f"shorter than {MIN_SECRET_CHARS} characters"
    if len(set(value)) < MIN_DISTINCT_CHARS:
        return "a placeholder (too few distinct characters)"
    return None


def secret_problem(setting: str, secrets: Sequence[SecretStr]) -> str | None:
    """What is wrong with a setting that holds one or more secrets, naming the setting and
    the entry (counted from 1), never the value; None if nothing is."""
    if not secrets:
        return f"{setting} is empty"
    for number, secret in enumerate(secrets, start=1):
        reason = weakness(secret)
        if reason is not None:
            entry = f"{setting}" if len(secrets) == 1 else f"entry {number} of {setting}"
            return f"{entry} is {reason}"
    return None


def require_safe_secrets(setting: str, secrets: Sequence[SecretStr], env: str) -> str | None:
    """Raises UnsafeSecretError outside dev mode if the secrets are missing or weak.
    In dev mode, returns the problem (for a warning) or None."""
    problem = secret_problem(setting, secrets)
    if problem is not None and not is_dev(env):
        raise UnsafeSecretError(
            f"{problem}; with NEWSFLOW_ENV={env}, {setting} needs secrets of at least "
            f"{MIN_SECRET_CHARS} random characters "
            "(python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    return problem


def url_password(url: str) -> SecretStr | None:
    """The password of a URL-form connection string (scheme://user:password@host/...)."""
    password = urlsplit(url).password
    return SecretStr(unquote(password)) if password else None


def require_safe_url_passwords(urls: Mapping[str, SecretStr | None], env: str) -> list[str]:
    """Raises UnsafeSecretError outside dev mode when a URL carries a weak password, such as
    `postgres` from a tutorial. A URL without a password is left alone: its login may come
    from a certificate, a password file or the environment. Returns dev-mode problems."""
    problems = []
    for setting, url in urls.items():
        password = url_password(url.get_secret_value()) if url is not None else None
        if password is not None:
            problem = require_safe_secrets(f"the password in {setting}", [password], env)
            problems += [problem] if problem else []
    return problems
