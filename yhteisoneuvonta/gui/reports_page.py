"""Coordinator: the unit's reports (weekly, per municipality, social) as PDF, CSV or XLSX, and
the per-municipality facts the municipality page prints (follow-up, schedule, responsible)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValidationError, YnError
from ..reports.periods import HELSINKI, parse_period
from ..services import municipalities
from ..services import reports as report_svc
from .context import AppContext
from .coordinator.dialogs import dialogs
from .errors import show_error
from .messages import field_texts
from .widgets import ErrorLabel, Retranslating
from .workers import run_in_background


class ReportsPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.report_box = QGroupBox()
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for key in report_svc.REPORT_KINDS:
            self.kind.addItem("", key)
        self.period = QLineEdit(datetime.now(HELSINKI).strftime("%Y-%m"))
        self.period.setObjectName("reportPeriod")
        self.period_error = ErrorLabel()
        self.municipality = QComboBox()
        self.municipality.setObjectName("reportMunicipality")
        self.municipality.addItem("", None)
        munis = sorted(ctx.ref.municipalities, key=lambda m: m.name)
        for m in munis:
            self.municipality.addItem(m.name, m.id)
        self.fmt = QComboBox()
        self.fmt.setObjectName("reportFormat")
        for f in report_svc.FORMATS:
            self.fmt.addItem(f.upper(), f)
        self.internal = QCheckBox()
        self.internal.setObjectName("reportInternal")
        self.save_button = QPushButton()
        self.save_button.setObjectName("reportSave")
        self.save_button.clicked.connect(self.save_report)
        self.result = QLabel()
        self.result.setObjectName("reportResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.labels = {k: QLabel() for k in ("kind", "period", "municipality", "fmt")}
        for k, w in (("kind", self.kind), ("period", self.period), ("municipality", self.municipality),
                     ("fmt", self.fmt)):
            self.labels[k].setBuddy(w)
        form = QFormLayout(self.report_box)
        form.addRow(self.labels["kind"], self.kind)
        pcol = QVBoxLayout()
        pcol.addWidget(self.period)
        pcol.addWidget(self.period_error)
        form.addRow(self.labels["period"], pcol)
        form.addRow(self.labels["municipality"], self.municipality)
        form.addRow(self.labels["fmt"], self.fmt)
        form.addRow(self.internal)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.result)

        self.facts_box = QGroupBox()
        self.facts_hint = QLabel()
        self.facts_hint.setWordWrap(True)
        self.facts_muni = QComboBox()
        self.facts_muni.setObjectName("factsMunicipality")
        for m in munis:
            self.facts_muni.addItem(m.name, m.id)
        self.facts_muni.currentIndexChanged.connect(self.load_facts)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "follow_up": QPlainTextEdit(), "schedule": QLineEdit(), "responsible": QLineEdit()}
        self.fields["follow_up"].setMaximumHeight(80)
        self.errors = {k: ErrorLabel() for k in self.fields}
        self.facts_labels = {k: QLabel() for k in ("municipality", *self.fields)}
        self.facts_labels["municipality"].setBuddy(self.facts_muni)
        for k, w in self.fields.items():
            w.setObjectName(f"facts:{k}")
            self.facts_labels[k].setBuddy(w)
        self.facts_save = QPushButton()
        self.facts_save.setObjectName("factsSave")
        self.facts_save.clicked.connect(self.save_facts)
        self.facts_status = QLabel()
        ff = QFormLayout(self.facts_box)
        ff.addRow(self.facts_hint)
        ff.addRow(self.facts_labels["municipality"], self.facts_muni)
        for k, w in self.fields.items():
            col = QVBoxLayout()
            col.addWidget(w)
            col.addWidget(self.errors[k])
            ff.addRow(self.facts_labels[k], col)
        frow = QHBoxLayout()
        frow.addWidget(self.facts_save)
        frow.addWidget(self.facts_status, 1)
        ff.addRow(frow)

        columns = QHBoxLayout()
        columns.addWidget(self.report_box, 1)
        columns.addWidget(self.facts_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.retranslate()
        self._kind_changed()
        self.load_facts()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.report_box.setTitle(self.tr("Report"))
        names = {"weekly": self.tr("Weekly statistics of the region"),
                 "municipality": self.tr("Municipality page"),
                 "social": self.tr("Social report (for decision makers)")}
        for i in range(self.kind.count()):
            self.kind.setItemText(i, names[self.kind.itemData(i)])
        self.labels["kind"].setText(self.tr("&Report:"))
        self.labels["period"].setText(self.tr("&Period:"))
        self.labels["municipality"].setText(self.tr("&Municipality:"))
        self.labels["fmt"].setText(self.tr("&Format:"))
        for label in self.labels.values():
            label.buddy().setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.period.setToolTip(self.tr("An ISO week 2026-W47, a month 2026-11, a quarter 2026-Q4 or a year 2026; "
                                       "a range 2026-10-01..2026-12-31 only for an internal report"))
        self.municipality.setItemText(0, self.tr("All municipalities"))
        self.internal.setText(self.tr("Internal: exact numbers, any period (marked INTERNAL on every page)"))
        self.internal.setAccessibleName(self.internal.text())
        self.save_button.setText(self.tr("&Save as…"))
        self.save_button.setAccessibleName(self.tr("Save the report as"))
        self.facts_box.setTitle(self.tr("Municipality facts"))
        self.facts_hint.setText(self.tr("Printed on the municipality page. Visitors are never named here."))
        self.facts_labels["municipality"].setText(self.tr("M&unicipality:"))
        self.facts_labels["follow_up"].setText(self.tr("Follow-up and &evaluation:"))
        self.facts_labels["schedule"].setText(self.tr("Agreed sc&hedule:"))
        self.facts_labels["responsible"].setText(self.tr("Person res&ponsible (HOPPU):"))
        for k, w in self.fields.items():
            w.setAccessibleName(self.facts_labels[k].text().replace("&", "").rstrip(":"))
        self.facts_muni.setAccessibleName(self.tr("Municipality of the facts"))
        self.facts_save.setText(self.tr("Save the facts"))
        self.facts_save.setAccessibleName(self.facts_save.text())

    def _kind_changed(self) -> None:
        needs = self.kind.currentData() == "municipality"
        self.municipality.setEnabled(True)
        if needs and self.municipality.currentData() is None and self.municipality.count() > 1:
            self.municipality.setCurrentIndex(1)

    # -- reports ------------------------------------------------------------------------------
    def save_report(self) -> None:
        self.period_error.show_message("")
        text = self.period.text().strip()
        try:
            period = parse_period(text)
        except YnError:
            self.period_error.show_message(self.tr("Write a week 2026-W47, a month 2026-11, a year 2026 or "
                                                   "a range 2026-10-01..2026-12-31."))
            return
        if not period.calendar and not self.internal.isChecked():
            # Two outgoing reports a day apart could be subtracted to single out a visitor.
            self.period_error.show_message(self.tr("An outgoing report covers a week, month, quarter or year "
                                                   "(2026-W47, 2026-11, 2026-Q4, 2026). A day range is only for "
                                                   "an internal report."))
            return
        kind, fmt = self.kind.currentData(), self.fmt.currentData()
        muni = self.municipality.currentData()
        names = {"weekly": self.tr("weekly-report", "file name"),
                 "municipality": self.tr("municipality-report", "file name"),
                 "social": self.tr("social-report", "file name")}
        suggested = f"{names.get(kind, kind)}-{muni + '-' if muni else ''}{period.text.replace('..', '_')}.{fmt}"
        path = dialogs().save_file(self, self.tr("Save the report"), suggested, f"{fmt.upper()} (*.{fmt})")
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        ws, lang, internal = self.ctx.ws, self.ctx.lang, self.internal.isChecked()
        self.save_button.setEnabled(False)
        self.result.setText(self.tr("Making the report…"))
        run_in_background(
            self, lambda: report_svc.export_report(ws, kind, fmt, Path(path), period=text, municipality=muni,
                                                   internal=internal, lang=lang),
            on_success=self._saved, on_failure=self._failed, label=self.tr("Making the report…"))

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.result.setText(self.tr("Saved as %1.").replace("%1", str(path)))
        self.result.setAccessibleName(self.result.text())

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.result.setText("")
        show_error(self, exc)

    # -- municipality facts -----------------------------------------------------------------
    def load_facts(self) -> None:
        muni = self.facts_muni.currentData()
        if muni is None:
            return
        info = municipalities.get_info(self.ctx.ws, muni)
        for k, w in self.fields.items():
            (w.setPlainText if isinstance(w, QPlainTextEdit) else w.setText)(info[k])
            self.errors[k].show_message("")
        self.facts_status.setText("")

    def _value(self, key: str) -> str:
        w = self.fields[key]
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def save_facts(self) -> None:
        for e in self.errors.values():
            e.show_message("")
        try:
            municipalities.set_info(self.ctx.ws, self.facts_muni.currentData(),
                                    **{k: self._value(k) for k in self.fields})
        except ValidationError as exc:
            for key, message in field_texts(exc).items():
                self.errors.get(key, self.errors["follow_up"]).show_message(message)
            self.facts_status.setText("")
            return
        except YnError as exc:
            show_error(self, exc)
            return
        self.facts_status.setText(self.tr("Saved."))
