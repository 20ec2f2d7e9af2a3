"""Draws the Grafana pipeline dashboard as a PNG, from the same queries, against a Prometheus.

    uv run python scripts/render_dashboard.py --prometheus http://127.0.0.1:9090 \\
        --minutes 15 --out docs/dashboard.png

Grafana is not needed: each panel's PromQL (deploy/grafana/dashboards/newsflow-pipeline.json)
goes to Prometheus's HTTP API, with Grafana's variables filled in as Grafana fills them.
The picture is a faithful sketch (layout, queries, legends, units), not a pixel copy."""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from dashboard_drawing import DRAW, GRID, MUTED, PANEL, TEXT, draw_table
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from newsflow.dashboard import DASHBOARD, Panel, Prometheus, Series, Window, load_panels

BACKGROUND = "#111217"
INCH_PER_COLUMN, INCH_PER_ROW = 0.8, 0.42


def series_of(prometheus: Prometheus, window: Window, panel: Panel) -> list[tuple[str, Series]]:
    named = []
    for query in panel.queries:
        named += [(s.name(query.legend), s) for s in window.run(prometheus, query)]
    return sorted(named, key=lambda pair: pair[0])


Pad = tuple[float, float, float, float]
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Layout:
    """Grafana's grid (24 columns, rows of fixed height) in figure fractions."""

    rows: int
    header: float = 0.6  # inches, for the dashboard's title
    gap: float = 0.05

    @property
    def size(self) -> tuple[float, float]:
        return 24 * INCH_PER_COLUMN, self.rows * INCH_PER_ROW + self.header

    def box(self, grid: tuple[int, int, int, int], pad: Pad = (0, 0, 0, 0)) -> Box:
        """(left, bottom, width, height) of a grid cell, less `pad` inches (l, b, r, t)."""
        x, y, w, h = grid
        width, height = self.size
        left = x * INCH_PER_COLUMN + self.gap + pad[0]
        top = self.header + y * INCH_PER_ROW + self.gap + pad[3]
        inner_w = w * INCH_PER_COLUMN - 2 * self.gap - pad[0] - pad[2]
        inner_h = h * INCH_PER_ROW - 2 * self.gap - pad[1] - pad[3]
        return left / width, 1 - (top + inner_h) / height, inner_w / width, inner_h / height


# Room inside a panel for its title and, where there are axes, their tick labels.
PADS: dict[str, Pad] = {"timeseries": (0.55, 0.3, 0.15, 0.3), "heatmap": (0.55, 0.3, 0.15, 0.3)}
PLAIN_PAD: Pad = (0.1, 0.1, 0.1, 0.3)


def draw_panel(fig: Figure, layout: Layout, panel: Panel, data: list[tuple[str, Series]]) -> None:
    outer = layout.box(panel.grid)
    background = Rectangle(outer[:2], *outer[2:], transform=fig.transFigure, color=PANEL, zorder=-1)
    fig.add_artist(background)
    fig.text(
        outer[0] + 0.004, outer[1] + outer[3] - 0.004, panel.title, color=TEXT, fontsize=9, va="top"
    )
    ax = fig.add_axes(layout.box(panel.grid, PADS.get(panel.kind, PLAIN_PAD)))
    ax.set_facecolor(PANEL)
    ax.tick_params(colors=MUTED, labelsize=7)
    for spine in ax.spines.values():
        spine.set_color(GRID)
    DRAW.get(panel.kind, draw_table)(ax, panel, data)


def render(prometheus: Prometheus, window: Window, out: Path, dashboard: Path = DASHBOARD) -> None:
    panels = load_panels(dashboard)
    layout = Layout(rows=max(p.grid[1] + p.grid[3] for p in panels))
    fig: Figure = plt.figure(figsize=layout.size)
    fig.patch.set_facecolor(BACKGROUND)
    fig.text(
        0.006, 1 - 0.3 / layout.size[1], "newsflow pipeline", color=TEXT, fontsize=15, va="center"
    )
    for panel in panels:
        if panel.kind == "row":
            left, bottom, _, height = layout.box(panel.grid)
            fig.text(
                left,
                bottom + height / 2,
                panel.title,
                color=TEXT,
                fontsize=11,
                weight="bold",
                va="center",
            )
        else:
            draw_panel(fig, layout, panel, series_of(prometheus, window, panel))
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=100, facecolor=BACKGROUND)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prometheus", default="http://127.0.0.1:9090")
    parser.add_argument("--minutes", type=float, default=15)
    parser.add_argument("--scrape-interval", type=float, default=5, help="seconds")
    parser.add_argument("--out", type=Path, default=Path("docs/dashboard.png"))
    args = parser.parse_args()
    end = time.time()
    start = end - args.minutes * 60
    step = max(args.scrape_interval, (end - start) / 300)
    prometheus = Prometheus(args.prometheus)
    try:
        render(prometheus, Window(start, end, step, args.scrape_interval), args.out)
    finally:
        prometheus.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
