"""Charts beside the statistics tables (QtCharts): a line for trends by week, bars for the rest.

Charts read the very table shown beside them, so a suppressed cell ("<5") is left out of
the chart as it is hidden in the table.
"""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter

from ..reports.tables import Table

# Which columns each table charts (default: every count column).
BAR_COLUMNS = {
    "topics": ("count",), "help_kinds": ("count",), "referrals": ("count",), "involvement": ("count",),
    "barriers": ("from_encounters", "from_form", "observations"), "pei": ("mean",),
    "groups": ("attendance",), "desk_hours": ("desk_hours",),
    "by_municipality": ("encounters",), "by_site": ("encounters",), "by_site_kind": ("encounters",),
}
LINE_COLUMNS = {"weekly_totals": ("encounters", "forms", "group_attendance")}
STACKED = ("forms",)
MAX_BARS = 20


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _label_column(table: Table) -> int:
    for i, col in enumerate(table.columns):
        if col.kind == "text" and col.key not in ("id", "site_id"):
            return i
    return 0


def _base(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignBottom)
    return chart


def is_trend(table: Table) -> bool:
    return table.key in LINE_COLUMNS or table.key.startswith("by_week_")


def line_chart(table: Table) -> QChart:
    """One line per figure over the weeks of the period (the total row left out)."""
    chart = _base(table.title)
    body = table.body()
    keys = LINE_COLUMNS.get(table.key) or tuple(
        c.key for c in table.columns if c.kind == "count" and c.key != "total")
    weeks = [str(r[0]) for r in body]
    top = 0.0
    for key in keys:
        i = table.index(key)
        # A hidden cell ("<5") breaks the line: one series per unbroken run, one legend entry.
        runs: list[QLineSeries] = []
        gap = True
        for x, row in enumerate(body):
            y = _number(row[i])
            if y is None:
                gap = True
                continue
            if gap:
                runs.append(QLineSeries())
                gap = False
            runs[-1].append(float(x), y)
            top = max(top, y)
        for n, series in enumerate(runs):
            series.setName(table.columns[i].label)
            series.setPointsVisible(len(body) <= 60)
            chart.addSeries(series)
            if n:
                series.setColor(runs[0].color())
                for marker in chart.legend().markers(series):
                    marker.setVisible(False)
    axis_x = QBarCategoryAxis() if len(weeks) <= 26 else QValueAxis()
    if isinstance(axis_x, QBarCategoryAxis):
        axis_x.append([w.split("-")[-1] for w in weeks])
    else:
        axis_x.setRange(0, max(len(weeks) - 1, 1))
        axis_x.setLabelFormat("%d")
    axis_x.setTitleText(QCoreApplication.translate("Charts", "Week"))
    axis_y = QValueAxis()
    axis_y.setRange(0, max(top * 1.1, 5))
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignLeft)
    for s in chart.series():
        s.attachAxis(axis_x)
        s.attachAxis(axis_y)
    return chart


def bar_chart(table: Table) -> QChart:
    """Horizontal bars (long Finnish labels read better sideways), biggest first, at most MAX_BARS."""
    chart = _base(table.title)
    body = table.body()[:MAX_BARS]
    label_i = _label_column(table)
    keys = BAR_COLUMNS.get(table.key) or tuple(
        c.key for c in table.columns if c.kind == "count" and c.key != "total")
    series = QHorizontalStackedBarSeries() if table.key in STACKED else QHorizontalBarSeries()
    top = 0.0
    rows = list(reversed(body))  # Qt draws the first category at the bottom
    for key in keys:
        i = table.index(key)
        bar = QBarSet(table.columns[i].label)
        for row in rows:
            bar.append(_number(row[i]) or 0.0)
        top = max([top] + [_number(r[i]) or 0.0 for r in rows])
        series.append(bar)
    if table.key in STACKED:
        top = max([0.0] + [sum(_number(r[table.index(k)]) or 0.0 for k in keys) for r in rows])
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([str(r[label_i])[:40] for r in rows])
    axis_x = QValueAxis()
    axis_x.setRange(0, max(top * 1.1, 1))
    axis_x.setLabelFormat("%.1f" if table.key == "pei" else "%d")
    chart.addAxis(axis_y, Qt.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    chart.legend().setVisible(len(keys) > 1)
    return chart


def chart_for(table: Table) -> QChart:
    return line_chart(table) if is_trend(table) else bar_chart(table)


RENDER_HINT = QPainter.Antialiasing
