"""The ingest HTTP app over a fake publisher, for the tests of what it takes and refuses."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_ingest.adapters.http_api import create_app
from tests.unit.ingest.fakes import FakePublisher, ingestor


@pytest.fixture
def publisher() -> FakePublisher:
    return FakePublisher()


@pytest.fixture
def api(publisher: FakePublisher) -> TestClient:
    app = create_app(ingestor(publisher, CollectorRegistry()))
    return TestClient(app, raise_server_exceptions=False)
