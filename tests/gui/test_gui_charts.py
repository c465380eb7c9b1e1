"""Charts show hidden (suppressed) figures as hidden, never as zero; say so instead of drawing
an empty plot when everything is hidden; keep one colour per figure in every view; and fit on
a 1366-pixel screen."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCharts import QBarSeries, QChartView, QHorizontalBarSeries, QLineSeries

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui import charts
from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.reports.tables import Column, Table


def _withheld(table: Table) -> Table:
    """The table as it leaves the program: a figure given as None is withheld (masked)."""
    table.suppressed = True
    table.mask = [[False] + [v is None for v in row[1:]] for row in table.rows]
    return table


def _topics(counts: list[int | None]) -> Table:
    cols = [Column("topic", "Aihe"), Column("count", "Määrä", "count")]
    names = ["Verotus", "Asuminen ja asumistuki sekä vuokravakuudet", "Kela", "Työllisyys"]
    return _withheld(Table("topics", "Aiheet", cols, rows=[[n, c] for n, c in zip(names, counts)]))


def test_a_hidden_bar_is_marked_hidden_not_drawn_as_zero(qapp):
    table = _topics([40, None, 30, 25])
    chart = charts.bar_chart(table)
    labels = chart.axes()[0].categories() if hasattr(chart.axes()[0], "categories") else chart.axes()[1].categories()
    from PySide6.QtCore import QCoreApplication

    mark = QCoreApplication.translate("Charts", "%1 (hidden)").replace("%1", "")  # in whatever language is on
    hidden = [label for label in labels if label.endswith(mark)]
    masked = [row[0] for row, mask in zip(table.rows, table.mask) if mask[1]]
    assert len(hidden) == len(masked) >= 1 and any(label.startswith("Asuminen") for label in hidden)
    assert all(len(label) <= charts.MAX_LABEL for label in labels)


def test_everything_hidden_gives_a_message_not_an_empty_plot(qapp):
    chart = charts.bar_chart(_topics([None, None, None, None]))
    assert chart.series() == [] and chart.axes() == []
    assert chart.property("allHidden") is True
    assert charts.hidden_text() in chart.title()
    weekly = _withheld(Table("weekly_totals", "Viikot",
                             [Column("week", "Viikko"), Column("encounters", "Kohtaamiset", "count"),
                              Column("forms", "Lomakkeet", "count"),
                              Column("group_attendance", "Ryhmät", "count")],
                             rows=[["2026-W47", None, None, None], ["2026-W48", None, None, None]]))
    line = charts.line_chart(weekly)
    assert line.series() == [] and line.property("allHidden") is True


def test_each_figure_keeps_its_colour_in_every_view(qapp):
    weekly = Table("weekly_totals", "Viikot",
                   [Column("week", "Viikko"), Column("encounters", "Kohtaamiset", "count"),
                    Column("forms", "Lomakkeet", "count"), Column("group_attendance", "Ryhmät", "count")],
                   rows=[["2026-W47", 20, 10, 30], ["2026-W48", 25, 12, 40]])
    by_site = Table("by_site", "Toimipisteet", [Column("site", "Toimipiste"),
                                                Column("encounters", "Kohtaamiset", "count")],
                    rows=[["Annala", 30], ["Nekala", 20]])
    line_chart, bar_chart = charts.line_chart(weekly), charts.bar_chart(by_site)  # kept: they own the series
    line = next(s for s in line_chart.series() if s.name() == "Kohtaamiset")
    bars = bar_chart.series()[0].barSets()[0]
    assert line.color() == bars.color() == charts.series_colour("encounters")
    reordered = Table("weekly_totals", "Viikot", [weekly.columns[0], weekly.columns[2], weekly.columns[1],
                                                  weekly.columns[3]],
                      rows=[["2026-W47", 10, 20, 30]])
    reordered_chart = charts.line_chart(reordered)
    again = {s.name(): s.color() for s in reordered_chart.series()}
    assert again["Kohtaamiset"] == charts.series_colour("encounters")
    assert again["Lomakkeet"] == charts.series_colour("forms") != again["Kohtaamiset"]


@pytest.fixture
def coord(tmp_path, coord_template):
    shutil.copytree(coord_template, tmp_path / "coordinator")
    ws = Workspace(tmp_path / "coordinator")
    yield ws
    ws.close()


def test_every_statistics_chart_fits_at_1366(qtbot, coord, i18n):
    from yhteisoneuvonta.services import demo

    demo.fill(coord, weeks=3, seed=4, devices=2)
    win = build_main_window(coord, i18n)
    qtbot.addWidget(win)
    win.show()
    win.resize(1366, 768)
    page = win.show_page("statistics")
    qtbot.waitUntil(lambda: not page.busy and bool(page.tables), timeout=15000)
    view: QChartView = page.chart_view
    for row in range(len(page.tables)):
        page.choice.setCurrentRow(row)
        qtbot.wait(10)
        chart = view.chart()
        assert view.width() <= win.width()
        if chart.property("allHidden"):
            continue
        assert chart.plotArea().width() >= 120, page.tables[row].key  # the bars have room
        assert chart.legend().geometry().width() <= view.width() + 1
        for axis in chart.axes():
            for label in getattr(axis, "categories", lambda: [])():
                assert len(label) <= charts.MAX_LABEL, label
        for series in chart.series():
            if isinstance(series, (QHorizontalBarSeries, QBarSeries)):
                assert all(len(b.label()) <= charts.MAX_LABEL for b in series.barSets())
            elif isinstance(series, QLineSeries):
                assert len(series.name()) <= charts.MAX_LABEL
