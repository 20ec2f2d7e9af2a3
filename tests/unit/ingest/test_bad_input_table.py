"""Every kind of bad input of the integration suite, judged without Kafka: ingest's HTTP
app with a fake publisher, and the raw topic's reader that enrich decodes with. The
integration suite proves the same outcomes end to end; this keeps them, and the table
in docs/ingest.md, honest at unit speed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_ingest.adapters.http_api import create_app
from newsflow_schemas.raw_article import read_raw_article
from newsflow_schemas.validation import InputRefused, most_specific_reason
from tests.integration.bad_inputs import KINDS, STORED, Kind, table
from tests.unit.ingest.fakes import FakePublisher, ingestor

DOCS = Path(__file__).parents[3] / "docs" / "ingest.md"


def http_outcome(kind: Kind) -> str:
    registry = CollectorRegistry()
    api = TestClient(create_app(ingestor(FakePublisher(), registry)))
    response = api.post("/articles", content=kind.http, headers={"content-type": kind.content_type})
    if response.status_code != 422:
        return str(response.status_code)
    return f"422 {most_specific_reason(e['reason'] for e in response.json()['detail'])}"


def kafka_outcome(kind: Kind) -> str:
    try:
        read_raw_article(kind.kafka or b"")
    except InputRefused as refused:
        return refused.reason
    return STORED


def test_there_are_at_least_30_kinds_with_unique_names() -> None:
    names = [kind.name for kind in KINDS]
    assert len(names) >= 30 and len(set(names)) == len(names)


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_each_kind_ends_as_the_table_says(kind: Kind) -> None:
    assert (http_outcome(kind), kafka_outcome(kind)) == (kind.http_outcome, kind.kafka_outcome)


def test_docs_carry_the_table() -> None:
    assert table() in DOCS.read_text(), (
        "docs/ingest.md is out of date: paste `python -m tests.integration.bad_inputs`"
    )
