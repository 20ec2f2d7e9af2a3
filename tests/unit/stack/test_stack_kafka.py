"""Which Kafka the stack and the CLI use: the user's, with its login, or the local one."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from newsflow.settings import StackSettings
from newsflow.stack.up import describe

USERS_KAFKA = {
    "KAFKA_BOOTSTRAP_SERVERS": "b-1.example:9096",
    "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
    "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
    "KAFKA_SASL_USERNAME": "newsflow",
    "KAFKA_SASL_PASSWORD": "s3cret",
}


@pytest.fixture(autouse=True)
def no_kafka_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [*USERS_KAFKA, "KAFKA_PORT"]:
        monkeypatch.delenv(name, raising=False)


def test_without_kafka_variables_the_local_plaintext_broker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KAFKA_PORT", "29092")
    settings = StackSettings()
    assert not settings.users_kafka
    kafka = describe(settings).kafka
    assert kafka.client_options() == {
        "bootstrap_servers": "127.0.0.1:29092",
        "security_protocol": "PLAINTEXT",
    }


def test_the_users_kafka_with_its_login(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in USERS_KAFKA.items():
        monkeypatch.setenv(name, value)
    settings = StackSettings()
    assert settings.users_kafka
    stack = describe(settings)
    assert stack.kafka.client_options()["sasl_plain_username"] == "newsflow"
    assert "KAFKA_BOOTSTRAP_SERVERS=b-1.example:9096" in stack.env_lines()
    assert "s3cret" not in "\n".join(stack.env_lines()) + repr(settings)


def test_a_login_without_the_users_kafka_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in USERS_KAFKA.items():
        if name != "KAFKA_BOOTSTRAP_SERVERS":
            monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match="needs KAFKA_BOOTSTRAP_SERVERS"):
        StackSettings()
