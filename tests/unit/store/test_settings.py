"""The store's two database logins, and that neither is ever printed."""

from __future__ import annotations

import pytest

from newsflow_store.settings import StoreSettings

WRITER = "postgresql://newsflow_store:s3cret@db/newsflow"
OWNER = "postgresql://newsflow_owner:0wner@db/newsflow"


def test_migrations_run_as_the_owner_when_it_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", WRITER)
    monkeypatch.setenv("STORE_MIGRATION_DATABASE_URL", OWNER)

    settings = StoreSettings()

    assert settings.migration_url.get_secret_value() == OWNER
    assert settings.database_url.get_secret_value() == WRITER
    assert "s3cret" not in str(settings) and "0wner" not in str(settings)


def test_else_as_database_url_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", WRITER)
    monkeypatch.delenv("STORE_MIGRATION_DATABASE_URL", raising=False)

    assert StoreSettings().migration_url.get_secret_value() == WRITER


def test_the_search_indexer_is_tuned_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORE_SEARCH_INDEX_INTERVAL_SECONDS", "2.5")
    monkeypatch.setenv("STORE_SEARCH_INDEX_BATCH_SIZE", "200")

    settings = StoreSettings()

    assert settings.store_search_index_interval_seconds == 2.5
    assert settings.store_search_index_batch_size == 200


@pytest.mark.parametrize(
    ("name", "value"),
    [("STORE_SEARCH_INDEX_INTERVAL_SECONDS", "0"), ("STORE_SEARCH_INDEX_BATCH_SIZE", "0")],
)
def test_an_indexer_that_could_never_index_is_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)

    with pytest.raises(ValueError, match=name.lower()):
        StoreSettings()
