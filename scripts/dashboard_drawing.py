"""How each kind of Grafana panel is drawn with matplotlib, for scripts/render_dashboard.py:
timeseries as lines or bars, stat as big numbers with the panel's value mappings, heatmap
from cumulative buckets, table from labels with the panel's hidden columns and overrides."""

from __future__ import annotations

import math
import time
from datetime import datetime
from itertools import pairwise

from matplotlib.axes import Axes

from newsflow.dashboard import Panel, Series

PANEL, TEXT, MUTED, GRID = "#181b1f", "#ccccdc", "#8e8e9a", "#2c3235"
PALETTE = ["#73bf69", "#f2cc0c", "#8ab8ff", "#ff780a", "#f2495c", "#5794f2", "#b877d9", "#fade2a"]


def fmt(value: float, unit: str, decimals: int | None = None) -> str:
    if not math.isfinite(value):
        return "–"
    if decimals is not None:
        return f"{value:.{decimals}f}"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if abs(value) < 1 else f"{value:.2f} s"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"


def draw_timeseries(ax: Axes, panel: Panel, data: list[tuple[str, Series]]) -> None:
    custom = panel.config.get("fieldConfig", {}).get("defaults", {}).get("custom", {})
    bars = custom.get("drawStyle") == "bars"
    for i, (name, series) in enumerate(data):
        points = series.finite()
        times, values = [t for t, _ in points], [v for _, v in points]
        step = min((b - a for a, b in pairwise(times)), default=1.0)
        color = PALETTE[i % len(PALETTE)]
        if bars:
            ax.bar(times, values, width=0.9 * step, color=color, label=name, alpha=0.8)
        else:
            ax.plot(times, values, color=color, label=name, linewidth=1.5)
    ax.xaxis.set_major_formatter(lambda t, _: datetime.fromtimestamp(t).strftime("%H:%M:%S"))
    ax.yaxis.set_major_formatter(lambda v, _: fmt(v, panel.unit))
    ax.grid(color=GRID, linewidth=0.5)
    if data:
        ax.legend(loc="upper left", fontsize=6, frameon=False, labelcolor=TEXT, ncol=2)


def draw_stat(ax: Axes, panel: Panel, data: list[tuple[str, Series]]) -> None:
    defaults = panel.config.get("fieldConfig", {}).get("defaults", {})
    mappings = {k: v for m in defaults.get("mappings", []) for k, v in m["options"].items()}
    ax.axis("off")
    for i, (name, series) in enumerate(data[:4]):
        value = series.finite()[-1][1] if series.finite() else math.nan
        mapped = mappings.get(fmt(value, ""), {})
        x = (i + 0.5) / max(1, min(len(data), 4))
        shown = fmt(value, panel.unit, defaults.get("decimals"))
        text, color = mapped.get("text", shown), mapped.get("color", "#73bf69")
        ax.text(x, 0.5, text, color=color, ha="center", va="center", fontsize=16, weight="bold")
        if len(data) > 1:
            ax.text(x, 0.12, name, color=MUTED, ha="center", fontsize=6)


def draw_heatmap(ax: Axes, panel: Panel, data: list[tuple[str, Series]]) -> None:
    buckets = sorted(((float(s.labels.get("le", "inf")), s) for _, s in data), key=lambda b: b[0])
    times = sorted({t for _, s in buckets for t, _ in s.finite()})
    if not buckets or not times:
        return
    cumulative = [[dict(s.finite()).get(t, 0.0) for t in times] for _, s in buckets]
    counts = [
        [row[j] - (cumulative[i - 1][j] if i else 0.0) for j in range(len(times))]
        for i, row in enumerate(cumulative)
    ]
    edges = [b for b, _ in buckets]
    empty_cells_hidden = [[c if c > 0 else math.nan for c in row] for row in counts]
    ax.imshow(
        empty_cells_hidden, aspect="auto", origin="lower", cmap="Oranges", interpolation="nearest"
    )
    ax.set_yticks(range(len(edges)), [fmt(e, "") if math.isfinite(e) else "+Inf" for e in edges])
    step = max(1, len(times) // 6)
    ax.set_xticks(
        range(0, len(times), step),
        [datetime.fromtimestamp(t).strftime("%H:%M") for t in times[::step]],
    )


def draw_table(ax: Axes, panel: Panel, data: list[tuple[str, Series]]) -> None:
    """Labels as columns, then the value, as Grafana's table with the panel's organize
    transformation (hidden columns) and its overrides of the Value column."""
    ax.axis("off")
    if not data:
        return
    hidden = {
        name
        for step in panel.config.get("transformations", [])
        for name, hide in step.get("options", {}).get("excludeByName", {}).items()
        if hide
    }
    value = _value_overrides(panel)
    labels = sorted({k for _, s in data for k in s.labels} - {"__name__"} - hidden)
    columns = labels + ([] if "Value" in hidden else ["Value"])
    cells = [[_cell(s, c, value.get("unit")) for c in columns] for _, s in data[:8]]
    header = [value.get("displayName", c) if c == "Value" else c for c in columns]
    table = ax.table(cellText=cells, colLabels=header, loc="upper center", cellLoc="left")
    table.auto_set_font_size(False)
    table.set_fontsize(7)
    for cell in table.get_celld().values():
        cell.set_facecolor(PANEL)
        cell.set_edgecolor(GRID)
        cell.get_text().set_color(TEXT)


def _value_overrides(panel: Panel) -> dict[str, str]:
    overrides = panel.config.get("fieldConfig", {}).get("overrides", [])
    return {
        prop["id"]: prop["value"]
        for override in overrides
        if override.get("matcher", {}).get("options") == "Value"
        for prop in override.get("properties", [])
    }


def _cell(series: Series, column: str, unit: str | None) -> str:
    if column != "Value":
        return series.labels.get(column, "")
    value = series.points[-1][1] if series.points else math.nan
    if unit == "dateTimeFromNow" and math.isfinite(value):
        return f"{max(0.0, time.time() - value / 1000):.0f} s ago"
    return fmt(value, unit or "")


DRAW = {"timeseries": draw_timeseries, "stat": draw_stat, "heatmap": draw_heatmap}
