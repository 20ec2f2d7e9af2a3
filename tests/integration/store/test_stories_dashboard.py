"""The stories dashboard's SQL panels run on the real schema, as the read-only login, and
show what was stored; their datasource is the provisioned one."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
import yaml

from newsflow_store.adapters.postgres_writer import PostgresWriter
from newsflow_store.domain import to_rows
from tests.factories import canonical, enriched, raw_article

pytestmark = pytest.mark.integration

GRAFANA = Path(__file__).parents[3] / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "newsflow-stories.json"


def panels() -> list[dict[str, object]]:
    return list(json.loads(DASHBOARD.read_text())["panels"])


def test_the_panels_use_the_provisioned_postgres_datasource() -> None:
    provisioned = yaml.safe_load(
        (GRAFANA / "provisioning/datasources/newsflow-postgres.yml").read_text()
    )
    [source] = provisioned["datasources"]
    assert source["user"] == "newsflow_api"
    for panel in panels():
        for target in panel["targets"]:  # type: ignore[attr-defined]
            assert target["datasource"]["uid"] == source["uid"]


async def test_each_sql_panel_runs_read_only_and_shows_what_was_stored(store_database: str) -> None:
    peru = canonical("Peru", "PLACE", ["PLACE:peru"])
    just_now = raw_article(body="An earthquake struck Peru.", ingested_at=datetime.now(UTC))
    event = enriched(just_now, canonical_entities=[peru]).model_copy(update={"story_id": "c" * 32})
    writer = PostgresWriter(store_database)
    try:
        await writer.write(to_rows([event]))
    finally:
        await writer.close()
    async with await psycopg.AsyncConnection.connect(store_database, autocommit=True) as conn:
        await conn.execute("SET default_transaction_read_only = on")
        for panel in panels():
            [target] = panel["targets"]  # type: ignore[misc]
            rows = await (await conn.execute(target["rawSql"])).fetchall()
            assert rows, panel["title"]
