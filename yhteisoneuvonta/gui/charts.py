"""Charts beside the statistics tables (QtCharts): a line for trends by week, bars for the rest.

Charts read the very table shown beside them. A withheld cell (the table's mask) is shown as
hidden, never as zero: a line breaks there, a bar's label says so, and a table whose figures are all
hidden gets a message instead of an empty plot. Each figure keeps its colour in every view
(``series_colour``), and labels are cut to fit a 1366-pixel screen (the table has them whole).
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
import hashlib

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

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
MAX_LABEL = 28  # characters of a category or legend label; the table beside has the rest
# One colour per figure, the same in every chart (the line of "encounters" is the same blue
# as its bars); figures not named here get a stable colour from their key.
SERIES_COLOURS = {
    "encounters": "#1d5fa8", "count": "#1d5fa8", "forms": "#d9730d", "group_attendance": "#2a8a4a",
    "from_encounters": "#1d5fa8", "from_form": "#d9730d", "observations": "#8e44ad",
    "mean": "#2a8a4a", "attendance": "#2a8a4a", "desk_hours": "#7f6a00",
}
PALETTE = ("#1d5fa8", "#d9730d", "#2a8a4a", "#8e44ad", "#b03a2e", "#117a8b", "#7f6a00", "#5d6d7e")


def series_colour(key: str) -> QColor:
    if key in SERIES_COLOURS:
        return QColor(SERIES_COLOURS[key])
    digest = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    return QColor(PALETTE[digest % len(PALETTE)])


def short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _hidden(table: Table, r: int, i: int) -> bool:
    """Whether a cell is suppressed (shown as <5 or x in the table)."""
    if table.mask is not None and r < len(table.mask) and table.mask[r][i]:
        return True
    value = table.rows[r][i]
    return value is not None and _number(value) is None


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
    legend_font = QFont(chart.legend().font())
    legend_font.setPointSizeF(max(7.5, legend_font.pointSizeF() - 1))
    chart.legend().setFont(legend_font)
    chart.legend().setShowToolTips(True)  # the whole label of a shortened one
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
    if _all_hidden(table, body, keys):
        return _hidden_message(chart)
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
            series.setName(short(table.columns[i].label))
            series.setPointsVisible(len(body) <= 60)
            chart.addSeries(series)
            series.setColor(series_colour(key))
            if n:
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
    if _all_hidden(table, body, keys):
        return _hidden_message(chart)
    series = QHorizontalStackedBarSeries() if table.key in STACKED else QHorizontalBarSeries()
    top = 0.0
    order = list(reversed(range(len(body))))  # Qt draws the first category at the bottom
    rows = [body[r] for r in order]
    hidden_rows: set[int] = set()
    for key in keys:
        i = table.index(key)
        bar = QBarSet(short(table.columns[i].label))
        bar.setColor(series_colour(key))
        for r in order:
            if _hidden(table, r, i):
                hidden_rows.add(r)  # no bar (not a zero one): the label says it is hidden
            bar.append(_number(body[r][i]) or 0.0)
        top = max([top] + [_number(r[i]) or 0.0 for r in rows])
        series.append(bar)
    if table.key in STACKED:
        top = max([0.0] + [sum(_number(r[table.index(k)]) or 0.0 for k in keys) for r in rows])
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    mark = QCoreApplication.translate("Charts", "%1 (hidden)")
    room = MAX_LABEL - len(mark.replace("%1", ""))
    axis_y.append([mark.replace("%1", short(str(body[r][label_i]), room)) if r in hidden_rows
                   else short(str(body[r][label_i])) for r in order])
    small = QFont(axis_y.labelsFont())
    small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
    axis_y.setLabelsFont(small)
    axis_x = QValueAxis()
    axis_x.setRange(0, max(top * 1.1, 1))
    axis_x.setLabelFormat("%.1f" if table.key == "pei" else "%d")
    chart.addAxis(axis_y, Qt.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    chart.legend().setVisible(len(keys) > 1)
    return chart


def _all_hidden(table: Table, body: list[list[object]], keys: tuple[str, ...]) -> bool:
    """No figure to draw: every cell of the charted columns is hidden (or empty)."""
    cells = [(r, table.index(k)) for r in range(len(body)) for k in keys]
    return bool(cells) and all(_number(body[r][i]) is None for r, i in cells) and any(
        _hidden(table, r, i) for r, i in cells)


def _hidden_message(chart: QChart) -> QChart:
    """A chart with no axes and a sentence, instead of an empty 0–1 plot."""
    chart.setTitle(chart.title() + "\n\n" + hidden_text())
    chart.legend().setVisible(False)
    chart.setProperty("allHidden", True)
    return chart


def hidden_text() -> str:
    return QCoreApplication.translate("Charts", "Every figure of this view is hidden: the counts are small "
                                      "(under 5), so no chart is drawn. Choose a longer period or a larger area, "
                                      "or the internal view.")


def chart_for(table: Table) -> QChart:
    return line_chart(table) if is_trend(table) else bar_chart(table)


RENDER_HINT = QPainter.Antialiasing
