"""The end of a shift: the desk session just closed, its summary offered right there."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.timefmt import CLOCK
from .context import AppContext
from .summary_printer import SummaryPrinter
from . import a11y
from .widgets import Retranslating, local_text


class ShiftEndDialog(Retranslating, QDialog):
    """*Print…*, *Save as PDF…* or *Close* for the desk session that was just closed."""

    def __init__(self, ctx: AppContext, session: dict[str, Any], visitors: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftEndDialog")
        self.ctx = ctx
        self.session = session
        self.visitors = visitors
        self.printer = SummaryPrinter(ctx, self)
        self.text = QLabel()
        self.text.setObjectName("shiftEndText")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 12pt;")
        self.status = QLabel()
        self.status.setObjectName("shiftEndStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.printer.message.connect(self._status)
        self.print_button = QPushButton()
        self.print_button.setObjectName("shiftEndPrint")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(lambda: self.printer.print_summary(self.session))
        self.save_button = QPushButton()
        self.save_button.setObjectName("shiftEndSave")
        self.save_button.clicked.connect(lambda: self.printer.save_summary(self.session))
        self.close_button = QPushButton()
        self.close_button.setObjectName("shiftEndClose")
        self.close_button.clicked.connect(self.accept)
        # Own buttons in a box: a button box re-labels standard ones after retranslate().
        buttons = QDialogButtonBox()
        buttons.addButton(self.print_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        a11y.keyboard_fixes(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The desk is closed"))
        s = self.session
        self.text.setText(self.tr("The desk is closed: %1, %2–%3, %n visitor(s). Print the summary of "
                                  "the shift now? It holds no visitor details.", "", self.visitors)
                          .replace("%1", self.ctx.site_name(s.get("site_id", "")))
                          .replace("%2", local_text(s.get("starts_at"), CLOCK))
                          .replace("%3", local_text(s.get("ends_at"), CLOCK)))
        self.text.setAccessibleName(self.text.text())
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save as P&DF…"))
        self.close_button.setText(self.tr("Close"))
        for b in (self.print_button, self.save_button, self.close_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))

    def _status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
