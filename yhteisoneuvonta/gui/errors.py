"""Showing errors: expected ones as a plain message, unexpected ones with a copyable report.

``show_error(parent, exc)`` is the one place the GUI reports an exception. Dialogs open
window-modal without blocking (``open()``), so a test or a running worker is never stuck.
"""
from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import yhteisoneuvonta

from ..errors import YnError
from ..logs import current_log_file
from .messages import error_text

log = logging.getLogger("yhteisoneuvonta.gui")


def report_text(exc: BaseException) -> str:
    """What a user pastes into an e-mail to the coordinator: no record contents, only code paths."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return (f"Yhteisöneuvonta {yhteisoneuvonta.__version__}\nPython {platform.python_version()} on {platform.platform()}\n\n"
            + "".join(lines))


class ReportDialog(QDialog):
    """An unexpected error: what to do, and the report in a box with a Copy button."""

    def __init__(self, parent: QWidget | None, report: str) -> None:
        super().__init__(parent)
        self.setObjectName("errorReport")
        self.setWindowTitle(QCoreApplication.translate("Errors", "Yhteisöneuvonta"))
        self.report = report
        self.message = QLabel(QCoreApplication.translate(
            "Errors", "Something went wrong inside the program. What you typed is kept as a draft."))
        self.message.setWordWrap(True)
        self.hint = QLabel(QCoreApplication.translate("Errors", "Copy the report and send it to your coordinator."))
        self.hint.setWordWrap(True)
        self.log_hint = _log_hint()
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(QCoreApplication.translate("Errors", "Error report"))
        self.copy = QPushButton(QCoreApplication.translate("Errors", "Copy report"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.copy, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.message, self.hint, self.log_hint, self.text, buttons):
            layout.addWidget(w)
        self.resize(640, 420)


def _log_hint() -> QLabel:
    """Where the log is, selectable, so the adviser can attach it to the e-mail too."""
    path = current_log_file()
    text = (QCoreApplication.translate("Errors", "The program's log is in %1 — attach it too.")
            .replace("%1", str(path)) if path
            else QCoreApplication.translate("Errors", "The program has no log file this time."))
    label = QLabel(text)
    label.setObjectName("errorLogHint")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def show_error(parent: QWidget | None, exc: BaseException) -> QDialog:
    """Report ``exc``: a typed error shows its message, anything else a report to copy."""
    if isinstance(exc, YnError):
        box = QMessageBox(parent)
        box.setObjectName("errorBox")
        box.setWindowTitle(QCoreApplication.translate("Errors", "Yhteisöneuvonta"))
        box.setIcon(QMessageBox.Warning)
        box.setTextFormat(Qt.PlainText)  # messages quote file names and codes from files
        box.setText(error_text(exc))
        box.setAccessibleName(box.text())
        box.addButton(QMessageBox.Close)
        box.open()
        return box
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    dlg = ReportDialog(parent, report_text(exc))
    dlg.open()
    return dlg


def _excepthook(etype: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(etype, KeyboardInterrupt):
        sys.__excepthook__(etype, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    try:
        show_error(QApplication.activeWindow(), exc)
    except Exception:  # noqa: BLE001 - never let the hook itself crash the program
        log.exception("could not show the error dialog")


def install_excepthook() -> None:
    """Unexpected exceptions in slots end up in the log and a dialog, never a silent exit."""
    sys.excepthook = _excepthook
