"""How newsflow reaches Kafka: where the cluster is and how to log in to it, read once from the
KAFKA_* environment variables and shared by every aiokafka client and the Faust app.

A plain local broker needs nothing but KAFKA_BOOTSTRAP_SERVERS. A managed cluster adds TLS
(KAFKA_SECURITY_PROTOCOL=SSL or SASL_SSL), a SASL login, or both: docs/kafka-security.md."""

from __future__ import annotations

import ssl
from enum import StrEnum
from typing import Any, Self

from aiokafka.helpers import create_ssl_context
from pydantic import FilePath, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "KAFKA_"
_SASL_FIELDS = ("sasl_mechanism", "sasl_username", "sasl_password")
_TLS_FILE_FIELDS = ("ssl_cafile", "ssl_certfile", "ssl_keyfile")


class SecurityProtocol(StrEnum):
    PLAINTEXT = "PLAINTEXT"
    SSL = "SSL"
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"

    @property
    def uses_tls(self) -> bool:
        return self in (SecurityProtocol.SSL, SecurityProtocol.SASL_SSL)

    @property
    def uses_sasl(self) -> bool:
        return self in (SecurityProtocol.SASL_PLAINTEXT, SecurityProtocol.SASL_SSL)


class SaslMechanism(StrEnum):
    PLAIN = "PLAIN"
    SCRAM_SHA_256 = "SCRAM-SHA-256"
    SCRAM_SHA_512 = "SCRAM-SHA-512"


class KafkaSettings(BaseSettings):
    """KAFKA_BOOTSTRAP_SERVERS, KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_{MECHANISM,USERNAME,PASSWORD},
    KAFKA_SSL_{CAFILE,CERTFILE,KEYFILE,CHECK_HOSTNAME}. The password is a SecretStr, masked
    wherever the settings are printed, and no input value appears in a validation error."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        frozen=True,
        extra="ignore",
        env_ignore_empty=True,
        hide_input_in_errors=True,
    )

    bootstrap_servers: str = "127.0.0.1:19092"
    security_protocol: SecurityProtocol = SecurityProtocol.PLAINTEXT
    sasl_mechanism: SaslMechanism | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    # Without a CA file, the system's trusted CAs verify the brokers (right for most clouds).
    ssl_cafile: FilePath | None = None
    # A client certificate, for clusters that authenticate clients by TLS (mutual TLS).
    ssl_certfile: FilePath | None = None
    ssl_keyfile: FilePath | None = None
    # The chain is always verified; this only stops matching the broker's name to its cert.
    ssl_check_hostname: bool = True

    @classmethod
    def plaintext(cls, bootstrap_servers: str) -> KafkaSettings:
        """PLAINTEXT to these servers, whatever the environment says: a local test broker."""
        return cls.model_construct(bootstrap_servers=bootstrap_servers)

    @field_validator("security_protocol", "sasl_mechanism", mode="before")
    @classmethod
    def _upper_case(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = [*self._sasl_problems(), *self._tls_problems()]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _sasl_problems(self) -> list[str]:
        protocol = f"{ENV_PREFIX}SECURITY_PROTOCOL={self.security_protocol}"
        given = [name for name in _SASL_FIELDS if _set(self, name)]
        if not self.security_protocol.uses_sasl:
            if not given:
                return []
            return [f"{_names(given)} given, but {protocol} logs in with no SASL: use SASL_SSL"]
        missing = [name for name in _SASL_FIELDS if name not in given]
        if missing:
            choices = ", ".join(SaslMechanism)
            return [f"{protocol} needs {_names(missing)} (mechanism: one of {choices})"]
        return []

    def _tls_problems(self) -> list[str]:
        problems = []
        if self.ssl_certfile is not None and self.ssl_keyfile is None:
            problems.append(f"{_env('ssl_certfile')} needs {_env('ssl_keyfile')}, its private key")
        if self.ssl_keyfile is not None and self.ssl_certfile is None:
            problems.append(f"{_env('ssl_keyfile')} needs {_env('ssl_certfile')}, its certificate")
        given = [name for name in _TLS_FILE_FIELDS if _set(self, name)]
        if given and not self.security_protocol.uses_tls:
            problems.append(
                f"{_names(given)} given, but {ENV_PREFIX}SECURITY_PROTOCOL="
                f"{self.security_protocol} uses no TLS: use SSL or SASL_SSL"
            )
        return problems

    def ssl_context(self) -> ssl.SSLContext | None:
        """The TLS context every client shares the settings of; None without TLS."""
        if not self.security_protocol.uses_tls:
            return None
        context: ssl.SSLContext = create_ssl_context(
            cafile=self.ssl_cafile, certfile=self.ssl_certfile, keyfile=self.ssl_keyfile
        )
        context.check_hostname = self.ssl_check_hostname
        return context

    def connection_options(self) -> dict[str, Any]:
        """How to connect and log in, in aiokafka's words (any client, or one connection)."""
        options: dict[str, Any] = {"security_protocol": self.security_protocol.value}
        if self.security_protocol.uses_tls:
            options["ssl_context"] = self.ssl_context()
        if self.security_protocol.uses_sasl:
            options.update(self._sasl_options())
        return options

    def _sasl_options(self) -> dict[str, Any]:
        if self.sasl_mechanism is None or self.sasl_password is None:
            return {}  # only a settings object made without validation gets here
        return {
            "sasl_mechanism": self.sasl_mechanism.value,
            "sasl_plain_username": self.sasl_username,
            "sasl_plain_password": self.sasl_password.get_secret_value(),
        }

    def client_options(self) -> dict[str, Any]:
        """Keyword arguments for AIOKafkaProducer, AIOKafkaConsumer and AIOKafkaAdminClient."""
        return {"bootstrap_servers": self.bootstrap_servers, **self.connection_options()}

    def login(self) -> str:
        """Who connects how, for messages: never the password."""
        if self.security_protocol.uses_sasl:
            return f"user {self.sasl_username} ({self.sasl_mechanism})"
        if self.ssl_certfile is not None:
            return f"the client certificate {self.ssl_certfile}"
        return "no login"


def _set(settings: KafkaSettings, name: str) -> bool:
    return getattr(settings, name) is not None


def _env(name: str) -> str:
    return f"{ENV_PREFIX}{name.upper()}"


def _names(fields: list[str]) -> str:
    return " and ".join(_env(name) for name in fields)
