"""`newsflow status`: each service's rate, lag, last failure and readiness, read from its
own /metrics and /readyz, so it needs no Prometheus and shows what is true right now."""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import httpx
from prometheus_client.parser import text_string_to_metric_families
from rich.console import Console
from rich.live import Live
from rich.table import Table

PROCESSED = "newsflow_articles_processed_total"
LAG = "newsflow_consumer_lag"
DEAD_LETTERS = "newsflow_dead_letters_total"
LAST_ERROR = "newsflow_last_error_timestamp_seconds"
BUILD = "newsflow_build_info"
# Counted once per article by enrich, whichever door it came in by (http, file, feed, …).
RECEIVED = "newsflow_articles_received_total"


@dataclass(frozen=True)
class Metric:
    name: str
    labels: dict[str, str]
    value: float


@dataclass(frozen=True)
class Scrape:
    """One read of a service's endpoints; `metrics` is None when it did not answer."""

    name: str
    taken_at: float
    metrics: tuple[Metric, ...] | None
    ready: dict[str, bool] | None  # check name -> passed; None without an answer

    def values(self, name: str) -> list[Metric]:
        return [m for m in self.metrics or () if m.name == name]

    def total(self, name: str) -> float | None:
        found = self.values(name)
        return sum(m.value for m in found) if found else None


@dataclass(frozen=True)
class ServiceStatus:
    name: str
    up: bool
    ready: bool | None
    failing_checks: tuple[str, ...]
    rate: float | None
    lag: int | None
    dead_letters: int
    last_error: tuple[str, float] | None  # reason, unix time
    version: str
    received: dict[str, int] | None = None  # outcome -> articles, where the service counts them


def parse_metrics(text: str) -> tuple[Metric, ...]:
    return tuple(
        Metric(sample.name, dict(sample.labels), sample.value)
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    )


def scrape(client: httpx.Client, name: str, metrics_url: str) -> Scrape:
    base = metrics_url.removesuffix("/metrics")
    try:
        metrics = parse_metrics(client.get(metrics_url).raise_for_status().text)
    except (httpx.HTTPError, ValueError):
        return Scrape(name, time.time(), None, None)
    return Scrape(name, time.time(), metrics, _readiness(client, f"{base}/readyz"))


def _readiness(client: httpx.Client, url: str) -> dict[str, bool] | None:
    try:
        response = client.get(url)
        if response.status_code == 404:
            return None
        body = response.json()
        return {str(k): bool(v) for k, v in body.get("checks", {}).items()} or {
            "ready": bool(body.get("ready", response.status_code == 200))
        }
    except (httpx.HTTPError, ValueError):
        return None


def summarize(before: Scrape, after: Scrape) -> ServiceStatus:
    ready = after.ready
    last = max(after.values(LAST_ERROR), key=lambda m: m.value, default=None)
    build = next(iter(after.values(BUILD)), None)
    lag = after.total(LAG)
    return ServiceStatus(
        name=after.name,
        up=after.metrics is not None,
        ready=None if ready is None else all(ready.values()),
        failing_checks=tuple(name for name, ok in (ready or {}).items() if not ok),
        rate=_rate(before, after),
        lag=None if lag is None else int(lag),
        dead_letters=int(after.total(DEAD_LETTERS) or 0),
        last_error=(last.labels.get("reason", "?"), last.value) if last else None,
        version=build.labels.get("version", "") if build else "",
        received=_by_outcome(after.values(RECEIVED)),
    )


def _by_outcome(samples: Iterable[Metric]) -> dict[str, int] | None:
    totals: dict[str, int] = {}
    for sample in samples:
        outcome = sample.labels.get("outcome", "?")
        totals[outcome] = totals.get(outcome, 0) + int(sample.value)
    return totals or None


def received_caption(statuses: Iterable[ServiceStatus]) -> str | None:
    """'articles received: 12 (enriched 11, invalid 1)', summed over every service."""
    totals: dict[str, int] = {}
    for status in statuses:
        for outcome, count in (status.received or {}).items():
            totals[outcome] = totals.get(outcome, 0) + count
    if not totals:
        return None
    parts = ", ".join(f"{outcome} {count}" for outcome, count in sorted(totals.items()) if count)
    return f"articles received: {sum(totals.values())}" + (f" ({parts})" if parts else "")


def _rate(before: Scrape, after: Scrape) -> float | None:
    elapsed = after.taken_at - before.taken_at
    if after.metrics is None or elapsed <= 0:
        return None
    first, second = before.total(PROCESSED) or 0.0, after.total(PROCESSED) or 0.0
    # A counter that went down means a restart: its new value is all it has done since.
    done = second - first if second >= first else second
    return done / elapsed


def collect(
    endpoints: Sequence[tuple[str, str]], interval: float, previous: Sequence[Scrape] | None = None
) -> tuple[list[ServiceStatus], list[Scrape]]:
    """Two reads `interval` apart (or one after `previous`), for the rates."""
    with httpx.Client(timeout=3.0) as client:
        if previous is None:
            previous = [scrape(client, name, url) for name, url in endpoints]
            time.sleep(interval)
        current = [scrape(client, name, url) for name, url in endpoints]
    return [summarize(b, a) for b, a in zip(previous, current, strict=True)], current


def healthy(statuses: Iterable[ServiceStatus]) -> bool:
    return all(s.up and s.ready is not False for s in statuses)


def ago(seconds: float) -> str:
    seconds = max(0.0, seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f}{unit} ago"
    return f"{seconds:.0f}s ago"


def table(statuses: Iterable[ServiceStatus], now: float) -> Table:
    statuses = list(statuses)  # read twice: the caption's total, then the rows
    view = Table(title="newsflow status", caption=received_caption(statuses))
    for column in ("service", "up", "ready", "articles/s", "lag", "dead letters", "last failure"):
        view.add_column(column, justify="right" if column in ("articles/s", "lag") else "left")
    view.add_column("version", style="dim")
    for s in statuses:
        view.add_row(
            s.name,
            "[green]up[/green]" if s.up else "[red]DOWN[/red]",
            _ready_cell(s),
            "–" if s.rate is None else f"{s.rate:.1f}",
            "–" if s.lag is None else str(s.lag),
            str(s.dead_letters) if s.up else "–",
            f"{s.last_error[0]} {ago(now - s.last_error[1])}" if s.last_error else "–",
            s.version,
        )
    return view


def _ready_cell(status: ServiceStatus) -> str:
    if status.ready is None:
        return "–"
    if status.ready:
        return "[green]ready[/green]"
    return f"[yellow]not ready[/yellow] {', '.join(status.failing_checks)}".rstrip()


def show(
    console: Console,
    endpoints: Sequence[tuple[str, str]],
    interval: float,
    watch: bool,
    count: int | None = None,
) -> bool:
    """Prints the table once, or keeps it fresh until Ctrl-C (or `count` refreshes); True
    if all is up and ready. Where stdout is no terminal (a pipe, a file, a CI log), --watch
    prints a plain, time-stamped snapshot per interval instead of redrawing one table."""
    statuses, last = collect(endpoints, interval)
    if not watch:
        console.print(table(statuses, time.time()))
        return healthy(statuses)
    if not console.is_terminal:
        return _print_snapshots(console, endpoints, interval, count, (statuses, last))
    with (
        Live(table(statuses, time.time()), console=console, auto_refresh=False) as live,
        contextlib.suppress(KeyboardInterrupt),
    ):
        for _ in _refreshes(count):
            time.sleep(interval)
            statuses, last = collect(endpoints, interval, last)
            live.update(table(statuses, time.time()), refresh=True)
    return healthy(statuses)


def _refreshes(count: int | None) -> Iterable[int]:
    """The refreshes after the first table: `count - 1` of them, or forever."""
    return itertools.count() if count is None else range(max(0, count - 1))


def _print_snapshots(
    console: Console,
    endpoints: Sequence[tuple[str, str]],
    interval: float,
    count: int | None,
    first: tuple[list[ServiceStatus], list[Scrape]],
) -> bool:
    statuses, last = first
    with contextlib.suppress(KeyboardInterrupt):
        console.print(snapshot(statuses, time.time()))
        for _ in _refreshes(count):
            time.sleep(interval)
            statuses, last = collect(endpoints, interval, last)
            console.print(snapshot(statuses, time.time()))
    return healthy(statuses)


def snapshot(statuses: Iterable[ServiceStatus], now: float) -> Table:
    """The table for a log: its title says when it was read."""
    view = table(statuses, now)
    view.title = f"newsflow status at {time.strftime('%H:%M:%S', time.localtime(now))}"
    return view
