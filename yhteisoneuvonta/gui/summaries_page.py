"""Session summaries to print or save, on both roles: desk and group sessions, newest first."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import history
from . import registry
from .context import AppContext
from .summary_printer import SummaryPrinter
from .widgets import Retranslating, local_text
from .workers import run_in_background

LIST_LIMIT = 300


class SummariesPage(Retranslating, QWidget):
    """Desk and group sessions, newest first: *Print…* and *Save as PDF…* for the chosen one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summariesPage")
        self.ctx = ctx
        self.printer = SummaryPrinter(ctx, self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("summaryKind")
        self.kind.addItem("", "desk_session")
        self.kind.addItem("", "group_session")
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.list = QListWidget()
        self.list.setObjectName("summaryList")
        self.list.itemDoubleClicked.connect(lambda _: self.print_chosen())
        self.empty = QLabel()  # what to do while the list is empty
        self.empty.setObjectName("summaryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555555; font-size: 12pt;")
        self.empty.hide()
        self._loaded = False  # the empty text waits for the first answer
        self.print_button = QPushButton()
        self.print_button.setObjectName("summaryPrint")
        self.print_button.clicked.connect(self.print_chosen)
        self.save_button = QPushButton()
        self.save_button.setObjectName("summarySave")
        self.save_button.clicked.connect(self.save_chosen)
        self.status = QLabel()
        self.status.setObjectName("summaryStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.printer.message.connect(self.status.setText)
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.kind.currentIndexChanged.connect(lambda _: self.reload())
        ctx.records_changed.connect(self._records_changed)
        ctx.session_changed.connect(self.reload)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Session summaries"))
        self.intro.setText(self.tr("Print the summary of a desk session at the end of the shift, or of a "
                                   "group session. It holds no visitor details."))
        self.kind_label.setText(self.tr("&Show:"))
        self.kind.setItemText(0, self.tr("Desk sessions"))
        self.kind.setItemText(1, self.tr("Group sessions"))
        self.kind.setAccessibleName(self.tr("Kind of session"))
        self.list.setAccessibleName(self.tr("Sessions"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save as P&DF…"))
        for b in (self.print_button, self.save_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self._relabel()
        if self._loaded:
            self._update_empty()

    def showEvent(self, event: object) -> None:  # noqa: N802
        self.reload()  # sessions may have been closed or imported since
        super().showEvent(event)  # type: ignore[arg-type]

    def _records_changed(self, kind: str) -> None:
        if kind in ("desk_session", "group_session"):
            self.reload()

    def reload(self) -> None:
        kind = self.kind.currentData()
        device = self.ctx.ws.device_id if self.ctx.role == registry.ADVISER else None
        query = history.HistoryQuery(kind=kind, device_id=device)
        run_in_background(self, lambda: history.fetch(self.ctx.ws, query, limit=LIST_LIMIT),
                          on_success=self._show)

    def _show(self, rows: list[dict]) -> None:
        self._loaded = True
        self.list.clear()
        for rec in rows:
            item = QListWidgetItem()
            item.setData(Qt.UserRole, rec)
            self.list.addItem(item)
        self._relabel()
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_empty()

    def _update_empty(self) -> None:
        """An empty list says where its sessions come from; Print and Save wait for one."""
        has_rows = self.list.count() > 0
        for button in (self.print_button, self.save_button):
            button.setEnabled(has_rows)
        if has_rows:
            self.empty.hide()
            return
        desk = self.kind.currentData() == "desk_session"
        if self.ctx.role == registry.COORDINATOR:
            text = (self.tr("No desk sessions yet. They arrive with the advisers' weekly bundles "
                            "(Import bundles).") if desk else
                    self.tr("No group sessions yet. They arrive with the advisers' weekly bundles "
                            "(Import bundles)."))
        else:
            text = (self.tr("No desk sessions yet. Open the desk with \"Open the desk…\" at the top of the "
                            "Quick log page when your shift starts; its summary is printed here at the end.")
                    if desk else
                    self.tr("No group sessions yet. Log one on the Group session page; its summary "
                            "is printed here."))
        self.empty.setText(text)
        self.empty.show()

    def _relabel(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            rec = item.data(Qt.UserRole)
            when = local_text(rec.get("starts_at"), "%d.%m.%Y %H:%M")
            end = local_text(rec.get("ends_at"), "%H:%M") if rec.get("ends_at") else self.tr("open")
            who = ", ".join(rec.get("advisers") or rec.get("facilitators") or [])
            title = rec.get("title") or ""
            parts = [f"{when}–{end}", self.ctx.site_name(rec.get("site_id") or ""), title, who]
            item.setText(" · ".join(p for p in parts if p))

    def chosen(self) -> dict | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def print_chosen(self) -> None:
        self.printer.print_summary(self.chosen())

    def save_chosen(self) -> None:
        self.printer.save_summary(self.chosen())


def show_summaries(window: object) -> None:
    window.show_page("summaries")  # type: ignore[attr-defined]
