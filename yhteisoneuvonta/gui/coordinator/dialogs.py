"""The one place the sync and report screens open system dialogs.

Screens call ``dialogs()`` and never construct a QFileDialog, QInputDialog, QMessageBox
question or QPrintDialog themselves, so a test can install a scripted service with
:func:`set_dialogs` (as Picard's ``UserDialogService``). Callers pass translated texts.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)


# Qt's own file dialog, not the platform's: it speaks the interface language (qtbase_fi/sv
# are loaded with ours), where a native one follows the system's language or stays English.
FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


class DialogService:
    """The real dialogs (modal: the user is choosing something)."""

    def open_files(self, parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter, "", FILE_DIALOG_OPTIONS)
        return list(files)

    def open_file(self, parent: QWidget | None, title: str, name_filter: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter, "", FILE_DIALOG_OPTIONS)
        return path or None

    def folder(self, parent: QWidget | None, title: str) -> str | None:
        return QFileDialog.getExistingDirectory(parent, title, "", QFileDialog.Option.ShowDirsOnly | FILE_DIALOG_OPTIONS) or None

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter, "", FILE_DIALOG_OPTIONS)
        return path or None

    def passphrase(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.Password)
        return text if ok and text else None

    def text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text.strip() if ok and text.strip() else None

    def choose(self, parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
        """One of ``items`` (its index), or None when cancelled."""
        text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        # Plain text: the question may quote an adviser code or a name taken from a file.
        box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.No, parent)
        box.setTextFormat(Qt.PlainText)
        box.setDefaultButton(QMessageBox.No)
        return box.exec() == QMessageBox.Yes

    def print_preview(self, parent: QWidget | None, pdf_path: str) -> bool:
        """The pages before printing; True when the user chose to print them."""
        from ..printing import PrintPreview

        return PrintPreview(pdf_path, parent).exec() == QDialog.Accepted

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        dlg = QPrintDialog(printer, parent)
        return dlg.exec() == QDialog.Accepted


_service: list[DialogService] = [DialogService()]


def dialogs() -> DialogService:
    return _service[0]


def set_dialogs(service: DialogService) -> DialogService:
    """Install ``service`` (tests); returns the one it replaced."""
    old = _service[0]
    _service[0] = service
    return old
