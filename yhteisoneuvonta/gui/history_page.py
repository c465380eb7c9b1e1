"""History: every record, searched and filtered, loaded page by page off the GUI thread."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import history
from .context import AppContext
from .models import HistoryModel
from .record_table import RecordTable, set_deleted
from .summary_printer import SESSION_KINDS, SummaryPrinter, is_session
from .widgets import HELSINKI, Retranslating

SEARCH_DELAY_MS = 350
ANY_DATE = QDate(2000, 1, 1)  # the minimum of the date fields means "no limit"


def _kinds() -> list[tuple[str, str]]:
    return [
        ("encounter", QCoreApplication.translate("HistoryPage", "Encounters")),
        ("form_help", QCoreApplication.translate("HistoryPage", "Form-filling help")),
        ("group_session", QCoreApplication.translate("HistoryPage", "Group sessions")),
        ("observation", QCoreApplication.translate("HistoryPage", "Observations")),
        ("instrument_answer", QCoreApplication.translate("HistoryPage", "Questionnaires")),
        ("desk_session", QCoreApplication.translate("HistoryPage", "Desk sessions")),
    ]


class HistoryPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setObjectName("historyKind")
        for key, _ in _kinds():
            self.kind.addItem("", key)
        self.site = QComboBox()
        self.site.setObjectName("historySite")
        self.site.addItem("", None)
        for s in sorted(ctx.ref.sites, key=lambda s: (s.municipality, s.name)):
            self.site.addItem(s.name, s.id)
        self.topic = QComboBox()
        self.topic.setObjectName("historyTopic")
        self.topic.addItem("", None)
        for term in ctx.ref.terms("topics"):
            self.topic.addItem("", term.id)
        for combo in (self.kind, self.site, self.topic):
            # long site and topic names must not widen the window past a laptop screen
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.since = self._date_edit("historySince")
        self.until = self._date_edit("historyUntil")
        self.deleted = QCheckBox()
        self.deleted.setObjectName("historyDeleted")
        self.labels = {name: QLabel() for name in ("search", "kind", "site", "topic", "since", "until")}
        for name, widget in (("search", self.search), ("kind", self.kind), ("site", self.site),
                             ("topic", self.topic), ("since", self.since), ("until", self.until)):
            self.labels[name].setBuddy(widget)

        self.model = HistoryModel(ctx, self)
        self.table = RecordTable(self.model, "historyTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(self.model.column_index("what"), QHeaderView.Stretch)
        header.resizeSection(self.model.column_index("time"), 150)
        header.resizeSection(self.model.column_index("site"), 260)
        if self.model.with_advisers:  # the coordinator's list: adviser codes are short
            header.resizeSection(self.model.column_index("adviser"), 90)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("historyDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button = QPushButton()
        self.print_button.setObjectName("historyPrint")
        self.print_button.clicked.connect(self.print_selected)
        self.summary_printer = SummaryPrinter(ctx, self)
        self.summary_printer.message.connect(self._print_message)

        grid = QGridLayout()
        grid.addWidget(self.labels["search"], 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 3)
        grid.addWidget(self.labels["kind"], 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(self.labels["site"], 1, 2)
        grid.addWidget(self.site, 1, 3)
        grid.addWidget(self.labels["topic"], 2, 0)
        grid.addWidget(self.topic, 2, 1)
        grid.addWidget(self.deleted, 2, 2, 1, 2)
        grid.addWidget(self.labels["since"], 3, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(self.labels["until"])
        dates.addWidget(self.until)
        dates.addStretch(1)
        grid.addLayout(dates, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.requery)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        for combo in (self.kind, self.site, self.topic):
            combo.currentIndexChanged.connect(self.requery)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.requery)
        self.deleted.toggled.connect(self.requery)
        self.model.total_changed.connect(lambda _: self._update_count())
        self.model.loading_changed.connect(lambda _: self._update_count())
        ctx.records_changed.connect(self._records_changed)
        self._shown_once = False
        self.retranslate()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d.M.yyyy")
        edit.setMinimumDate(ANY_DATE)
        edit.setDate(ANY_DATE)
        return edit

    def retranslate(self) -> None:
        self.heading.setText(self.tr("History"))
        texts = {"search": self.tr("&Search:"), "kind": self.tr("&Records:"), "site": self.tr("S&ite:"),
                 "topic": self.tr("&Topic:"), "since": self.tr("&From:"), "until": self.tr("T&o:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
            buddy = self.labels[name].buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.search.setPlaceholderText(self.tr("Words in notes, titles and summaries"))
        for i, (_, text) in enumerate(_kinds()):
            self.kind.setItemText(i, text)
        self.site.setItemText(0, self.tr("All sites"))
        self.topic.setItemText(0, self.tr("All topics"))
        for i in range(1, self.topic.count()):
            self.topic.setItemText(i, self.ctx.label("topics", self.topic.itemData(i)))
        for edit in (self.since, self.until):
            edit.setSpecialValueText(self.tr("any day"))
        self.deleted.setText(self.tr("Show deleted"))
        self.deleted.setAccessibleName(self.deleted.text())
        self.table.setAccessibleName(self.tr("Records found"))
        self.edit_button.setText(self.tr("Edit (Enter)"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen record"))
        self.print_button.setText(self.tr("Print summary…"))
        self.print_button.setAccessibleName(self.tr("Print the summary of the chosen session"))
        self.model.retranslate()
        self._update_count()
        self._update_buttons()

    def showEvent(self, event: object) -> None:  # noqa: N802
        if not self._shown_once:  # nothing is loaded until someone looks
            self._shown_once = True
            self.requery()
        super().showEvent(event)  # type: ignore[arg-type]

    def query(self) -> history.HistoryQuery:
        kind = self.kind.currentData()
        self.topic.setEnabled(kind in ("encounter", "group_session"))

        def bound(edit: QDateEdit, extra_days: int) -> datetime | None:
            if edit.date() == ANY_DATE:
                return None
            d: date = edit.date().toPython() + timedelta(days=extra_days)  # type: ignore[assignment]
            return datetime.combine(d, time(0), tzinfo=HELSINKI)

        return history.HistoryQuery(
            kind=kind, site_id=self.site.currentData(), text=self.search.text().strip() or None,
            topic=self.topic.currentData() if self.topic.isEnabled() else None,
            since=bound(self.since, 0), until=bound(self.until, 1),
            include_deleted=self.deleted.isChecked(),
        )

    def requery(self) -> None:
        self.model.set_query(self.query())
        self._update_buttons()

    def _records_changed(self, kind: str) -> None:
        if self._shown_once and kind == self.kind.currentData():
            self.requery()

    def _update_count(self) -> None:
        total = self.model.total
        if total is None:
            self.count_label.setText(self.tr("Searching…"))
        else:
            self.count_label.setText(self.tr("%n record(s)", "", total))
        self.count_label.setAccessibleName(self.count_label.text())

    def _update_buttons(self) -> None:
        ref = self.table.selected_ref()
        restore = bool(ref and ref.deleted)
        self.delete_button.setText(self.tr("Restore") if restore else self.tr("Delete (Del)"))
        self.delete_button.setAccessibleName(self.delete_button.text())
        # desk and group sessions have a printed summary; other records do not
        self.print_button.setVisible(self.kind.currentData() in SESSION_KINDS)
        self.print_button.setEnabled(bool(ref and ref.kind in SESSION_KINDS and not ref.deleted))

    def selected(self) -> dict | None:
        """The whole chosen record (read from the store: a list keeps only what it shows)."""
        return self.table.selected()

    def edit_selected(self) -> None:
        ref = self.table.selected_ref()
        if ref is not None:
            self.ctx.edit_requested.emit(ref.kind, ref.id)

    def print_selected(self) -> None:
        rec = self.selected()
        if is_session(rec):
            self.summary_printer.print_summary(rec)

    def _print_message(self, text: str) -> None:
        if text:
            self.ctx.status_message.emit(text)

    def delete_selected(self) -> None:
        ref = self.table.selected_ref()
        if ref is None:
            return
        now = not ref.deleted
        updated = set_deleted(self.ctx, self, ref, now)
        if updated is None:
            return
        self.model.mark_deleted(updated["id"], updated["deleted"])
        self._update_buttons()
        self.ctx.status_message.emit(self.tr("Deleted. Ctrl+Z brings it back.") if now else self.tr("Restored."))
