"""The Grafana files against the metric contract: every panel queries metrics that some
service exports, through the provisioned datasource, laid out on Grafana's grid."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from prometheus_client import CollectorRegistry

from newsflow.dashboard import DASHBOARD, Panel, grafana_expr, load_panels
from newsflow_enrich.metrics import EnrichMetrics
from newsflow_ingest.metrics import create_metrics as ingest_metrics
from newsflow_store.metrics import StoreMetrics

DEPLOY = Path(__file__).parents[3] / "deploy"
METRIC = re.compile(r"\bnewsflow_[a-z_]+\b")


SUFFIXES = {"counter": ["_total"], "histogram": ["_bucket", "_count", "_sum"], "info": ["_info"]}


def exported_names() -> set[str]:
    """Every sample name the services expose, e.g. newsflow_batch_size_bucket."""
    registries = [CollectorRegistry() for _ in range(3)]
    ingest_metrics(registries[0])
    EnrichMetrics.create(registries[1])
    StoreMetrics.create(registries[2])
    names = set()
    for family in (f for registry in registries for f in registry.collect()):
        if family.samples:
            names |= {sample.name for sample in family.samples}
        else:  # labelled, and no child yet: the names it will have
            names |= {family.name + suffix for suffix in SUFFIXES.get(family.type, [""])}
    return names


def queried_panels() -> list[Panel]:
    return [panel for panel in load_panels() if panel.kind != "row"]


def test_every_panel_has_a_query_on_the_provisioned_datasource() -> None:
    [datasource] = yaml.safe_load(
        (DEPLOY / "grafana" / "provisioning" / "datasources" / "newsflow.yml").read_text()
    )["datasources"]
    for panel in queried_panels():
        assert panel.queries, panel.title
        for target in panel.config["targets"]:
            assert target["datasource"]["uid"] == datasource["uid"], panel.title


def test_every_metric_in_a_panel_or_an_alert_is_exported_by_a_service() -> None:
    exported = exported_names()
    queried = {name for p in queried_panels() for q in p.queries for name in METRIC.findall(q.expr)}
    rules = [yaml.safe_load(p.read_text()) for p in (DEPLOY / "prometheus" / "rules").glob("*.yml")]
    exprs = [rule["expr"] for r in rules for group in r["groups"] for rule in group["rules"]]
    alerted = {name for expr in exprs for name in METRIC.findall(expr)}
    assert queried - exported == set()
    assert alerted - exported == set()


def test_grafana_variables_are_all_substituted() -> None:
    for panel in queried_panels():
        for query in panel.queries:
            expr = grafana_expr(query.expr, rate_interval=20, range_seconds=900, step=5)
            assert "$" not in expr, (panel.title, expr)
    assert grafana_expr(
        "rate(x[$__rate_interval]) + increase(x[$__range])",
        rate_interval=4.2,
        range_seconds=600,
        step=1,
    ) == ("rate(x[5s]) + increase(x[600s])")


def test_panels_fit_the_grid_without_overlapping() -> None:
    taken: set[tuple[int, int]] = set()
    for panel in load_panels(DASHBOARD):
        x, y, w, h = panel.grid
        assert x >= 0 and x + w <= 24, panel.title
        cells = {(col, row) for col in range(x, x + w) for row in range(y, y + h)}
        assert not cells & taken, f"{panel.title} overlaps another panel"
        taken |= cells


def test_the_provisioned_dashboard_folder_holds_the_dashboard() -> None:
    provider = yaml.safe_load(
        (DEPLOY / "grafana" / "provisioning" / "dashboards" / "newsflow.yml").read_text()
    )["providers"][0]
    assert provider["type"] == "file" and provider["options"]["path"].startswith("/")
    assert DASHBOARD.parent == DEPLOY / "grafana" / "dashboards"
