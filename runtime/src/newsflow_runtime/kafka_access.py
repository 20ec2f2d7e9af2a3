"""A cluster that refuses newsflow's login fails it at once, with one line that says why.

aiokafka tells a refused password, a mechanism the broker does not offer and an untrusted
certificate apart only in its log; its start() raises "Unable to bootstrap" for all of them,
as for a broker that is down. So when a client cannot start, newsflow connects once more the
same way and names what the cluster refused. A cluster out of reach is not a refusal: that
error stays as it was, transient, for the caller's retries or restarts."""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.conn import collect_hosts, create_conn
from aiokafka.errors import (
    AuthenticationFailedError,
    KafkaConnectionError,
    KafkaError,
    SaslAuthenticationFailed,
    UnsupportedSaslMechanismError,
)

from newsflow_runtime.kafka_settings import KafkaSettings, SecurityProtocol

PROBE_SECONDS = 15.0


class KafkaRefused(KafkaError):  # type: ignore[misc]  # aiokafka is untyped
    """The cluster answered, but refused these settings: retrying them cannot help."""

    retriable = False

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "Kafka refused the connection"


async def start_client(client: Any, kafka: KafkaSettings) -> None:
    """`await client.start()` for any aiokafka client built from `kafka`; a refusal of its
    settings raises KafkaRefused instead of aiokafka's "Unable to bootstrap". A client that
    does not start is closed, so that none is left open behind the error."""
    try:
        await client.start()
    except BaseException as error:
        await _close(client)
        refusal = await find_refusal(kafka) if isinstance(error, KafkaConnectionError) else None
        if refusal is None:
            raise
        raise refusal from error


async def _close(client: Any) -> None:
    await (client.close() if isinstance(client, AIOKafkaAdminClient) else client.stop())


async def check_access(kafka: KafkaSettings) -> None:
    """Raises KafkaRefused if the cluster refuses these settings: for a client newsflow does
    not start itself, such as Faust's. A cluster it cannot reach passes."""
    refusal = await find_refusal(kafka)
    if refusal is not None:
        raise refusal


async def find_refusal(kafka: KafkaSettings) -> KafkaRefused | None:
    """Connects to each bootstrap server as a client would: the first refusal, if any."""
    if kafka.security_protocol is SecurityProtocol.PLAINTEXT:
        return None  # no login and no certificate: nothing to refuse
    try:
        async with asyncio.timeout(PROBE_SECONDS):
            for host, port, _ in collect_hosts(kafka.bootstrap_servers, randomize=False):
                refusal = await _refusal(kafka, host, port)
                if refusal is not None:
                    return refusal
    except TimeoutError:
        pass
    return None


async def _refusal(kafka: KafkaSettings, host: str, port: int) -> KafkaRefused | None:
    where = f"Kafka at {host}:{port}"
    try:
        connection = await create_conn(
            host,
            port,
            client_id="newsflow-access-check",
            request_timeout_ms=int(PROBE_SECONDS * 1000),
            **kafka.connection_options(),
        )
    except (SaslAuthenticationFailed, AuthenticationFailedError):
        return KafkaRefused(f"{where} refused the credentials for {kafka.login()}")
    except UnsupportedSaslMechanismError:
        return KafkaRefused(
            f"{where} refused {kafka.login()}: it does not offer that SASL mechanism"
        )
    except ssl.SSLCertVerificationError as error:
        return KafkaRefused(
            f"{where}: its TLS certificate was not accepted ({error.verify_message}); "
            "KAFKA_SSL_CAFILE names the CA that signed it"
        )
    except ssl.SSLError as error:
        return KafkaRefused(
            f"{where}: TLS handshake failed ({error.reason or error}); "
            f"does that listener speak {kafka.security_protocol}?"
        )
    except (OSError, KafkaError, TimeoutError):
        return None  # out of reach, not refused
    connection.close()
    return None
