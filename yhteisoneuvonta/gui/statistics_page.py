"""Coordinator: statistics with filters, each table with its chart beside it.

Computed in the background (250,000 encounters take a moment). Shown suppressed as in
outgoing reports, unless the coordinator ticks the internal view, which is labelled so.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import OutgoingPeriodError, YnError
from ..reports.periods import HELSINKI, parse_period, week_of
from ..reports.tables import Table
from ..services import reports as report_svc
from ..services import sync as sync_svc
from . import charts
from .context import AppContext
from .coordinator.table_model import ReportTableModel
from .errors import show_error
from .messages import error_text
from .widgets import ErrorLabel, Retranslating
from .workers import run_in_background


def compute(ws, period: str, municipality: str | None, site: str | None, device: str | None,
            internal: bool, lang: str) -> list[Table]:
    """Every statistics table for the filters (runs on the worker thread)."""
    stats = report_svc.statistics(ws, period, municipality=municipality, site=site, device=device, lang=lang)
    report_svc.check_outgoing_period(stats.filters.period, internal=internal)
    tables = stats.all_tables()
    tables.insert(1, stats.encounters_by_week("municipality"))
    return report_svc.publish_tables(stats, tables, internal=internal)


class StatisticsPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPage")
        self.ctx = ctx
        self.tables: list[Table] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.period = QLineEdit(datetime.now(HELSINKI).strftime("%Y-%m"))
        self.period.setObjectName("statsPeriod")
        self.period.returnPressed.connect(self.compute)
        self.period_error = ErrorLabel()
        self.quick = {key: QPushButton() for key in ("week", "month", "year")}
        for key, button in self.quick.items():
            button.setObjectName(f"statsQuick:{key}")
            button.clicked.connect(lambda _=False, k=key: self.quick_period(k))
        self.municipality = QComboBox()
        self.municipality.setObjectName("statsMunicipality")
        self.municipality.addItem("", None)
        for m in sorted(ctx.ref.municipalities, key=lambda m: m.name):
            self.municipality.addItem(m.name, m.id)
        self.municipality.currentIndexChanged.connect(self._fill_sites)
        self.site = QComboBox()
        self.site.setObjectName("statsSite")
        self.device = QComboBox()
        self.device.setObjectName("statsDevice")
        self.internal = QCheckBox()
        self.internal.setObjectName("statsInternal")
        self.show_button = QPushButton()
        self.show_button.setObjectName("statsShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.compute)
        self.labels = {k: QLabel() for k in ("period", "municipality", "site", "device")}
        for k, w in (("period", self.period), ("municipality", self.municipality), ("site", self.site),
                     ("device", self.device)):
            self.labels[k].setBuddy(w)
        self.banner = QLabel()
        self.banner.setObjectName("statsBanner")
        self.banner.setWordWrap(True)
        self.choice = QListWidget()
        self.choice.setObjectName("statsTables")
        self.choice.setMaximumWidth(260)
        self.choice.currentRowChanged.connect(self.show_table)
        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("statsTable")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.chart_view = QChartView()
        self.chart_view.setObjectName("statsChart")
        self.chart_view.setRenderHint(charts.RENDER_HINT)
        self.chart_view.setMinimumWidth(380)

        grid = QGridLayout()
        grid.addWidget(self.labels["period"], 0, 0)
        prow = QHBoxLayout()
        prow.addWidget(self.period, 1)
        for b in self.quick.values():
            prow.addWidget(b)
        grid.addLayout(prow, 0, 1)
        grid.addWidget(self.labels["municipality"], 0, 2)
        grid.addWidget(self.municipality, 0, 3)
        grid.addWidget(self.period_error, 1, 1)
        grid.addWidget(self.labels["site"], 1, 2)
        grid.addWidget(self.site, 1, 3)
        grid.addWidget(self.labels["device"], 2, 2)
        grid.addWidget(self.device, 2, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.internal)
        bottom.addStretch(1)
        bottom.addWidget(self.show_button)
        grid.addLayout(bottom, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.chart_view)
        split.setSizes([520, 480])
        body = QHBoxLayout()
        body.addWidget(self.choice)
        body.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.internal.toggled.connect(lambda _: self.compute())
        ctx.records_changed.connect(lambda kind: self._stale() if kind == "bundle" else None)
        self._fill_sites()
        self._fill_devices()
        self._shown_once = False
        self._generation = 0
        self.busy = False
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Statistics"))
        self.labels["period"].setText(self.tr("&Period:"))
        self.labels["municipality"].setText(self.tr("&Municipality:"))
        self.labels["site"].setText(self.tr("&Site:"))
        self.labels["device"].setText(self.tr("&Adviser:"))
        for k, label in self.labels.items():
            label.buddy().setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.period.setPlaceholderText("2026-W47 · 2026-11 · 2026 · 2026-10-01..2026-12-31")
        self.period.setToolTip(self.tr("An ISO week 2026-W47, a month 2026-11, a year 2026 or a range "
                                       "2026-10-01..2026-12-31"))
        self.quick["week"].setText(self.tr("This week"))
        self.quick["month"].setText(self.tr("This month"))
        self.quick["year"].setText(self.tr("This year"))
        self.municipality.setItemText(0, self.tr("All municipalities"))
        if self.site.count():
            self.site.setItemText(0, self.tr("All sites"))
        if self.device.count():
            self.device.setItemText(0, self.tr("All advisers"))
        self.internal.setText(self.tr("Internal view: small numbers not hidden"))
        self.internal.setAccessibleName(self.internal.text())
        self.show_button.setText(self.tr("S&how"))
        self.show_button.setAccessibleName(self.tr("Show the statistics"))
        self.choice.setAccessibleName(self.tr("Tables"))
        self.view.setAccessibleName(self.tr("Table"))
        self.chart_view.setAccessibleName(self.tr("Chart"))
        self._banner()
        if self._shown_once:
            self.compute()  # table titles come in the interface language

    def _fill_sites(self) -> None:
        muni = self.municipality.currentData()
        self.site.clear()
        self.site.addItem(self.tr("All sites"), None)
        for s in sorted(self.ctx.ref.sites, key=lambda s: s.name):
            if muni is None or s.municipality == muni:
                self.site.addItem(s.name, s.id)

    def _fill_devices(self) -> None:
        self.device.clear()
        self.device.addItem(self.tr("All advisers"), None)
        for d in sync_svc.devices(self.ctx.ws):
            self.device.addItem(d["adviser_code"] or d["device_id"][:8], d["device_id"])

    def _stale(self) -> None:
        self._fill_devices()
        if self._shown_once:
            self.compute()

    def showEvent(self, event: object) -> None:  # noqa: N802
        if not self._shown_once:
            self._shown_once = True
            self.compute()
        super().showEvent(event)  # type: ignore[arg-type]

    def quick_period(self, key: str) -> None:
        today = datetime.now(HELSINKI).date()
        self.period.setText({"week": week_of(today), "month": today.strftime("%Y-%m"),
                             "year": str(today.year)}[key])
        self.compute()

    def _banner(self) -> None:
        if self.internal.isChecked():
            self.banner.setText(self.tr("INTERNAL VIEW — small numbers are shown. Do not pass these figures on."))
            self.banner.setStyleSheet("background: #b00020; color: white; font-weight: bold; padding: 4px;")
        else:
            self.banner.setText(self.tr("As in outgoing reports: every count is slightly perturbed (cell key "
                                        "method), numbers 1–4 never show as they are, and totals may not add up. "
                                        "Calendar periods only."))
            self.banner.setStyleSheet("color: #444;")
        self.banner.setAccessibleName(self.banner.text())

    def compute(self) -> None:
        self._banner()
        self.period_error.show_message("")
        text = self.period.text().strip()
        try:
            parse_period(text)
        except YnError:
            self.period_error.show_message(self.tr("Write a week 2026-W47, a month 2026-11, a year 2026 or "
                                                   "a range 2026-10-01..2026-12-31."))
            return
        ws, lang = self.ctx.ws, self.ctx.lang
        args = (text, self.municipality.currentData(), self.site.currentData(), self.device.currentData(),
                self.internal.isChecked(), lang)
        self.busy = True
        self.show_button.setEnabled(False)
        self._generation += 1
        gen = self._generation  # only the newest request's answer is shown
        run_in_background(self, lambda: compute(ws, *args),
                          on_success=lambda tables: self._computed(tables, gen),
                          on_failure=self._failed, label=self.tr("Counting…"))

    def _computed(self, tables: list[Table], gen: int) -> None:
        if gen != self._generation:
            return
        self.busy = False
        self.show_button.setEnabled(True)
        current = self.choice.currentRow()
        self.tables = tables
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItems([t.title for t in tables])
        self.choice.blockSignals(False)
        self.choice.setCurrentRow(current if 0 <= current < len(tables) else 0)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.show_button.setEnabled(True)
        if isinstance(exc, OutgoingPeriodError):
            self.period_error.show_message(self.tr("Outgoing figures only for a week, month, quarter or year "
                                                   "(2026-W47, 2026-11, 2026-Q4, 2026). A day range needs the "
                                                   "internal view."))
        elif isinstance(exc, YnError):
            self.period_error.show_message(error_text(exc))
        else:
            show_error(self, exc)

    def show_table(self, row: int) -> None:
        if not 0 <= row < len(self.tables):
            return
        table = self.tables[row]
        self.model.set_table(table, self.ctx.lang)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        old = self.chart_view.chart()
        self.chart_view.setChart(charts.chart_for(table))
        if old is not None:
            old.deleteLater()

    def current_table(self) -> Table | None:
        return self.model.table
