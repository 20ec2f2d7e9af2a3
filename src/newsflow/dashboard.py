"""The pipeline dashboard's panels and queries, sent to Prometheus the way Grafana sends them.

Grafana is not needed to check or picture the dashboard: its panels are PromQL over
Prometheus's HTTP API. The panel-query test asserts each one returns data, and
scripts/render_dashboard.py draws them into docs/dashboard.png."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

DASHBOARD = (
    Path(__file__).parents[2] / "deploy" / "grafana" / "dashboards" / "newsflow-pipeline.json"
)
_LEGEND_LABEL = re.compile(r"\{\{\s*(\w+)\s*\}\}")


@dataclass(frozen=True)
class Query:
    ref: str
    expr: str
    legend: str
    instant: bool
    format: str


@dataclass(frozen=True)
class Panel:
    title: str
    kind: str
    grid: tuple[int, int, int, int]  # x, y, w, h in Grafana's 24-column grid
    queries: tuple[Query, ...]
    config: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def unit(self) -> str:
        return str(self.config.get("fieldConfig", {}).get("defaults", {}).get("unit", ""))


@dataclass(frozen=True)
class Series:
    labels: Mapping[str, str]
    points: tuple[tuple[float, float], ...]

    def finite(self) -> list[tuple[float, float]]:
        return [(t, v) for t, v in self.points if math.isfinite(v)]

    def name(self, legend: str) -> str:
        if legend and legend != "__auto":
            return _LEGEND_LABEL.sub(lambda m: self.labels.get(m.group(1), ""), legend)
        shown = ", ".join(f"{k}={v}" for k, v in sorted(self.labels.items()) if k != "__name__")
        return shown or "value"


def load_panels(path: Path = DASHBOARD) -> list[Panel]:
    """Every panel in layout order, rows included (as panels of kind "row", with no queries)."""
    return list(_panels(json.loads(path.read_text(encoding="utf-8"))["panels"]))


def _panels(raw_panels: list[dict[str, Any]]) -> Iterator[Panel]:
    for raw in raw_panels:
        grid = raw["gridPos"]
        queries = tuple(
            Query(
                ref=t["refId"],
                expr=t["expr"],
                legend=t.get("legendFormat", ""),
                instant=bool(t.get("instant", False)),
                format=t.get("format", "time_series"),
            )
            for t in raw.get("targets", [])
        )
        yield Panel(
            raw["title"], raw["type"], (grid["x"], grid["y"], grid["w"], grid["h"]), queries, raw
        )
        yield from _panels(raw.get("panels", []))  # a collapsed row holds its panels


def rate_interval_seconds(scrape_seconds: float, step_seconds: float) -> float:
    """Grafana's $__rate_interval: max($__interval + scrape interval, 4 × scrape interval)."""
    return max(step_seconds + scrape_seconds, 4 * scrape_seconds)


def grafana_expr(expr: str, *, rate_interval: float, range_seconds: float, step: float) -> str:
    """The expression with Grafana's global variables replaced, as Grafana sends it."""
    substitutions = {
        "$__rate_interval": f"{math.ceil(rate_interval)}s",
        "$__range": f"{math.ceil(range_seconds)}s",
        "$__interval": f"{math.ceil(step)}s",
    }
    for variable, value in substitutions.items():
        expr = expr.replace(variable, value)
    return expr


class Prometheus:
    """The two calls of Prometheus's HTTP API that a dashboard makes."""

    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        self._http = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def query_range(self, expr: str, start: float, end: float, step: float) -> list[Series]:
        params: dict[str, str | float] = {"query": expr, "start": start, "end": end, "step": step}
        return [
            Series(item["metric"], tuple((float(t), float(v)) for t, v in item["values"]))
            for item in self._get("/api/v1/query_range", params)
        ]

    def query(self, expr: str, at: float) -> list[Series]:
        return [
            Series(item["metric"], ((float(item["value"][0]), float(item["value"][1])),))
            for item in self._get("/api/v1/query", {"query": expr, "time": at})
        ]

    def _get(self, path: str, params: Mapping[str, str | float]) -> list[dict[str, Any]]:
        response = self._http.get(path, params=dict(params))
        body = response.json()
        if response.status_code != 200 or body.get("status") != "success":
            raise PrometheusQueryError(f"{params.get('query')}: {body.get('error', response.text)}")
        result: list[dict[str, Any]] = body["data"]["result"]
        return result


class PrometheusQueryError(RuntimeError):
    """Prometheus refused a query: a syntax error, or a bad range."""


@dataclass(frozen=True)
class Window:
    """The time range a dashboard shows, and the scrape interval behind it."""

    start: float
    end: float
    step: float
    scrape_interval: float

    def expr(self, query: Query) -> str:
        return grafana_expr(
            query.expr,
            rate_interval=rate_interval_seconds(self.scrape_interval, self.step),
            range_seconds=self.end - self.start,
            step=self.step,
        )

    def run(self, prometheus: Prometheus, query: Query) -> list[Series]:
        expr = self.expr(query)
        if query.instant:
            return prometheus.query(expr, self.end)
        return prometheus.query_range(expr, self.start, self.end, self.step)
