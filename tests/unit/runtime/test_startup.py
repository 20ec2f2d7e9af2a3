"""A service whose settings cannot work refuses to start in one line, exit 1, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.kafka_access import KafkaRefused
from newsflow_runtime.startup import EXIT_REFUSED_TO_START, exit_on_refusal, read_settings


def test_a_refused_login_is_one_line_and_exit_1(caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(SystemExit) as exited, exit_on_refusal():
        raise KafkaRefused("Kafka at b-1:9096 refused the credentials for user x (PLAIN)")
    assert exited.value.code == EXIT_REFUSED_TO_START == 1
    assert caplog.messages == [
        "refusing to start: Kafka at b-1:9096 refused the credentials for user x (PLAIN)"
    ]


def test_settings_that_cannot_work_are_one_line_without_values_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "s3cret")
    monkeypatch.setenv("INGEST_HTTP_PORT", "eighty")
    with pytest.raises(SystemExit) as exited:
        read_settings(IngestSettings)
    assert exited.value.code == EXIT_REFUSED_TO_START
    [line] = caplog.messages
    assert line.startswith("refusing to start: invalid settings: ")
    assert "KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_MECHANISM" in line
    assert "s3cret" not in line


def test_settings_that_work_are_returned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INGEST_HTTP_PORT", "9999")
    assert read_settings(IngestSettings).ingest_http_port == 9999


def test_each_problem_is_named_by_its_variable(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SSL")
    monkeypatch.setenv("KAFKA_SSL_CAFILE", str(tmp_path / "missing.pem"))
    with pytest.raises(SystemExit):
        read_settings(IngestSettings)
    assert caplog.messages == [
        "refusing to start: invalid settings: KAFKA_SSL_CAFILE: Path does not point to a file"
    ]
    monkeypatch.delenv("KAFKA_SSL_CAFILE")
    monkeypatch.setenv("INGEST_HTTP_PORT", "eighty")
    with pytest.raises(SystemExit):
        read_settings(IngestSettings)
    assert caplog.messages[-1].startswith(
        "refusing to start: invalid settings: INGEST_HTTP_PORT: Input should be"
    )
