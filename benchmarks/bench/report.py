"""The bench's figures: one JSON object for machines, a table for people, and the targets
of issue 13 beside each figure they apply to."""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from dataclasses import asdict, dataclass

from rich.console import Console
from rich.table import Table


@dataclass(frozen=True)
class Figures:
    articles: int
    mean_text_bytes: float
    ceiling_articles_per_s: float
    baseline_articles_per_s: float
    pipeline_articles_per_s_1_worker: float
    pipeline_articles_per_s_2_workers: float
    latency_offered_articles_per_s: float
    latency_seconds: float
    latency_p50_s: float
    latency_p95_s: float
    latency_p99_s: float
    store_events: int
    store_events_per_s: float  # run.STORE_WRITERS store workers writing at once
    store_events_per_s_1_writer: float
    store_naive_events_per_s: float
    ingest_articles_per_s: float
    ingest_cli_articles_per_s: float
    peak_rss_mb: dict[str, float]
    # By pipeline run, then by process: where the CPU went while the corpus went through.
    cpu_ms_per_article: dict[str, dict[str, float]]
    enrich_worker_peak_rss_mb: float
    raw_bytes_per_text_byte: float
    enriched_bytes_per_text_byte: float
    cores: int
    seconds: float

    @property
    def ratio_to_baseline(self) -> float:
        return self.pipeline_articles_per_s_2_workers / self.baseline_articles_per_s

    @property
    def core_ratio_to_ceiling(self) -> float:
        return self.baseline_articles_per_s / self.ceiling_articles_per_s

    @property
    def scale_2_over_1(self) -> float:
        return self.pipeline_articles_per_s_2_workers / self.pipeline_articles_per_s_1_worker

    @property
    def store_speedup(self) -> float:
        return self.store_events_per_s / self.store_naive_events_per_s

    def as_json(self) -> str:
        derived = {
            "ratio_to_baseline": self.ratio_to_baseline,
            "core_ratio_to_ceiling": self.core_ratio_to_ceiling,
            "scale_2_over_1": self.scale_2_over_1,
            "store_speedup_over_naive": self.store_speedup,
        }
        return json.dumps({**asdict(self), **derived}, indent=2)


Check = Callable[[float, float], bool]
# key: (what it means, the target, how the figure must compare with it)
TARGETS: dict[str, tuple[float, Check]] = {
    "core_ratio_to_ceiling": (0.9, operator.ge),
    "ratio_to_baseline": (0.85, operator.ge),
    "scale_2_over_1": (1.8, operator.ge),
    "latency_p99_s": (1.5, operator.le),
    "store_events_per_s": (2000, operator.ge),
    "store_speedup_over_naive": (10, operator.ge),
    "enrich_worker_peak_rss_mb": (600, operator.le),
    "enriched_bytes_per_text_byte": (3, operator.le),
}


def table(figures: Figures, with_targets: bool) -> Table:
    values = json.loads(figures.as_json())
    out = Table(title=f"newsflow bench: {figures.articles} articles, {figures.cores} cores")
    out.add_column("figure")
    out.add_column("value", justify="right")
    if with_targets:
        out.add_column("target")
    for key, value in values.items():
        if key == "peak_rss_mb":
            value = ", ".join(f"{name} {mb:.0f}" for name, mb in sorted(value.items()))
        if key == "cpu_ms_per_article":
            value = "; ".join(
                f"{run}: " + ", ".join(f"{name} {ms:.0f}" for name, ms in spent.items())
                for run, spent in value.items()
            )
        shown = f"{value:,.2f}" if isinstance(value, float) else str(value)
        row = [key, shown]
        if with_targets:
            row.append(_target(key, value))
        out.add_row(*row)
    return out


def _target(key: str, value: object) -> str:
    if key not in TARGETS or not isinstance(value, int | float):
        return ""
    target, check = TARGETS[key]
    sign = ">=" if check is operator.ge else "<="
    return f"{sign} {target:g} {'met' if check(value, target) else 'MISSED'}"


def show(console: Console, figures: Figures, with_targets: bool) -> None:
    console.print(table(figures, with_targets))
