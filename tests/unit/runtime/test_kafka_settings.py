"""KafkaSettings: one model of where Kafka is and how to log in, read from KAFKA_* variables."""

from __future__ import annotations

import ssl

import pytest
from pydantic import ValidationError

from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.kafka_settings import KafkaSettings, SaslMechanism, SecurityProtocol
from tests.tls import Certificates, make_certificates

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def sasl_ssl_env(monkeypatch: pytest.MonkeyPatch, certificates: Certificates) -> None:
    for name, value in {
        "KAFKA_BOOTSTRAP_SERVERS": "b-1.example:9096,b-2.example:9096",
        "KAFKA_SECURITY_PROTOCOL": "sasl_ssl",
        "KAFKA_SASL_MECHANISM": "scram-sha-512",
        "KAFKA_SASL_USERNAME": "newsflow",
        "KAFKA_SASL_PASSWORD": PASSWORD,
        "KAFKA_SSL_CAFILE": str(certificates.ca),
    }.items():
        monkeypatch.setenv(name, value)


def without_kafka_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KafkaSettings.model_fields:
        monkeypatch.delenv(f"KAFKA_{name.upper()}", raising=False)


def test_by_default_a_local_plaintext_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    without_kafka_env(monkeypatch)
    kafka = KafkaSettings()
    assert kafka.client_options() == {
        "bootstrap_servers": "127.0.0.1:19092",
        "security_protocol": "PLAINTEXT",
    }


@pytest.mark.usefixtures("sasl_ssl_env")
def test_reads_every_kafka_variable_case_insensitively(certificates: Certificates) -> None:
    kafka = KafkaSettings()
    assert kafka.security_protocol is SecurityProtocol.SASL_SSL
    assert kafka.sasl_mechanism is SaslMechanism.SCRAM_SHA_512
    options = kafka.client_options()
    assert options["bootstrap_servers"] == "b-1.example:9096,b-2.example:9096"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == (
        "newsflow",
        PASSWORD,
    )
    context = options["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED


@pytest.mark.usefixtures("sasl_ssl_env")
def test_hostname_checking_can_be_turned_off_but_never_verification(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KAFKA_SSL_CHECK_HOSTNAME", "false")
    context = KafkaSettings().ssl_context()
    assert context is not None
    assert not context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED


@pytest.mark.usefixtures("sasl_ssl_env")
def test_the_password_is_never_printed() -> None:
    settings = IngestSettings()  # every service's settings embed the same KafkaSettings
    shown = [repr(settings), str(settings), settings.model_dump_json(), repr(settings.kafka)]
    assert not [text for text in shown if PASSWORD in text]
    assert settings.kafka.login() == "user newsflow (SCRAM-SHA-512)"


@pytest.mark.usefixtures("sasl_ssl_env")
def test_a_validation_error_shows_no_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAFKA_SASL_MECHANISM")
    with pytest.raises(ValidationError) as raised:
        KafkaSettings()
    assert PASSWORD not in str(raised.value)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"KAFKA_SECURITY_PROTOCOL": "SASL_SSL"},
            "KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_MECHANISM and "
            "KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD",
        ),
        (
            {"KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM": "PLAIN"},
            "needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD",
        ),
        (
            {"KAFKA_SASL_USERNAME": "newsflow", "KAFKA_SASL_PASSWORD": PASSWORD},
            "KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD given, but "
            "KAFKA_SECURITY_PROTOCOL=PLAINTEXT logs in with no SASL",
        ),
        (
            {"KAFKA_SECURITY_PROTOCOL": "SSL", "KAFKA_SSL_CERTFILE": "{ca}"},
            "needs KAFKA_SSL_KEYFILE",
        ),
        (
            {"KAFKA_SECURITY_PROTOCOL": "SSL", "KAFKA_SSL_KEYFILE": "{ca}"},
            "needs KAFKA_SSL_CERTFILE",
        ),
        ({"KAFKA_SSL_CAFILE": "{ca}"}, "KAFKA_SECURITY_PROTOCOL=PLAINTEXT uses no TLS"),
        ({"KAFKA_SECURITY_PROTOCOL": "SSL", "KAFKA_SSL_CAFILE": "/no/such.pem"}, "ssl_cafile"),
        ({"KAFKA_SECURITY_PROTOCOL": "TLS"}, "security_protocol"),
        (
            {
                "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
                "KAFKA_SASL_MECHANISM": "GSSAPI",
                "KAFKA_SASL_USERNAME": "newsflow",
                "KAFKA_SASL_PASSWORD": PASSWORD,
            },
            "sasl_mechanism",
        ),
    ],
)
def test_refuses_combinations_that_cannot_work(
    monkeypatch: pytest.MonkeyPatch,
    certificates: Certificates,
    env: dict[str, str],
    message: str,
) -> None:
    without_kafka_env(monkeypatch)
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(ca=certificates.ca))
    with pytest.raises(ValidationError, match=message):
        KafkaSettings()


def test_empty_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    without_kafka_env(monkeypatch)
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "")
    monkeypatch.setenv("KAFKA_SSL_CAFILE", "")
    assert KafkaSettings().client_options()["security_protocol"] == "PLAINTEXT"


def test_plaintext_ignores_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    kafka = KafkaSettings.plaintext("127.0.0.1:5000")
    assert kafka.client_options() == {
        "bootstrap_servers": "127.0.0.1:5000",
        "security_protocol": "PLAINTEXT",
    }


def test_mutual_tls_loads_the_client_certificate(
    monkeypatch: pytest.MonkeyPatch, certificates: Certificates
) -> None:
    without_kafka_env(monkeypatch)
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SSL")
    # The server's key and chain serve as a client's here: any valid pair will do.
    monkeypatch.setenv("KAFKA_SSL_CERTFILE", str(certificates.server_key_and_chain))
    monkeypatch.setenv("KAFKA_SSL_KEYFILE", str(certificates.server_key_and_chain))
    kafka = KafkaSettings()
    assert kafka.login() == f"the client certificate {certificates.server_key_and_chain}"
    assert "sasl_mechanism" not in kafka.client_options()
    assert isinstance(kafka.ssl_context(), ssl.SSLContext)
