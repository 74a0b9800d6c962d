"""Geometry for the inline SVG charts: bars by category, columns over time.

Only positions and sizes are computed here; the template draws them, so every
label goes through the same escaping as the rest of the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.reports.formatting import cell
from tracker.reports.model import Table

MAX_BARS = 20
WIDTH = 640
LABEL_WIDTH = 230  # room for category names left of horizontal bars
ROW = 22
COLUMNS_HEIGHT = 180
LABEL_MAX = 34
COLUMN_LABELS = 10  # at most this many labels under a column chart


@dataclass(frozen=True)
class Bar:
    label: str  # as shown (shortened)
    full_label: str  # on hover
    value_text: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class ChartView:
    title: str
    style: str
    width: int
    height: int
    bars: list[Bar]
    top_text: str  # the value at the top of the scale
    label_every: int = 1  # columns: label one in so many, so labels do not overlap


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


def chart_view(table: Table) -> ChartView | None:
    """The chart of a table's share column, or None when there is nothing to draw."""
    spec = table.chart
    if spec is None:
        return None
    points = [
        (cell(row.get(spec.label), "text"), row[spec.value])
        for row in table.rows[:MAX_BARS]
        if row.get(spec.value) is not None
    ]
    if not points:
        return None
    top = max(value for _, value in points) or 1.0
    if spec.style == "columns":
        return _columns(spec.title, points, top)
    plot = WIDTH - LABEL_WIDTH - 60
    bars = [
        Bar(
            _short(label),
            label,
            cell(value, "share"),
            LABEL_WIDTH,
            i * ROW + 4,
            plot * value / top,
            ROW - 6,
        )
        for i, (label, value) in enumerate(points)
    ]
    return ChartView(spec.title, "bars", WIDTH, len(points) * ROW + 8, bars, cell(top, "share"))


def _columns(title: str, points: list[tuple[str, float]], top: float) -> ChartView:
    step = (WIDTH - 40) / len(points)
    plot = COLUMNS_HEIGHT - 40
    bars = []
    for i, (label, value) in enumerate(points):
        height = plot * value / top
        bars.append(
            Bar(
                label,
                label,
                cell(value, "share"),
                40 + i * step + 2,
                10 + plot - height,
                max(step - 4, 1),
                height,
            )
        )
    every = -(-len(points) // COLUMN_LABELS)
    return ChartView(title, "columns", WIDTH, COLUMNS_HEIGHT, bars, cell(top, "share"), every)
