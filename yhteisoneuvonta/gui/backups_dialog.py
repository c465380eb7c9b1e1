"""File > Backups…: the automatic backups (time, records), a backup now, and restore.

Restoring replaces the open store, so the dialog only asks for it: the main window closes,
the program restores the file (keeping the current one aside) and opens the store again.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import backups as backups_svc
from .coordinator.dialogs import dialogs
from .workers import run_in_background

HELSINKI_FMT = "%d.%m.%Y %H:%M"


class BackupsDialog(QDialog):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("backupsDialog")
        self.window_ = window
        self.ws = window.ctx.ws
        self.setWindowTitle(QCoreApplication.translate("BackupsDialog", "Backups"))
        self.intro = QLabel(QCoreApplication.translate("BackupsDialog", "The program copies your data here automatically when it closes and every "
                                "half hour while you work. Restoring puts a copy back; the current data is "
                                "kept aside first."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("BackupsDialog", "Time"), QCoreApplication.translate("BackupsDialog", "Records")])
        self.table.setAccessibleName(QCoreApplication.translate("BackupsDialog", "Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(QCoreApplication.translate("BackupsDialog", "&Back up now"))
        self.restore_button = QPushButton(QCoreApplication.translate("BackupsDialog", "&Restore…"))
        self.restore_button.setObjectName("restoreBackup")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore)
        self.table.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.table, self.status, buttons):
            layout.addWidget(w)
        self.resize(520, 420)
        self.refresh()

    def refresh(self) -> None:
        self.rows = backups_svc.list_backups(self.ws.data_dir)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            when = datetime.fromisoformat(row["time"]).astimezone().strftime(HELSINKI_FMT)
            records = QCoreApplication.translate("BackupsDialog", "cannot be read") if row["records"] is None else str(row["records"])
            for col, value in enumerate((when, records)):
                item = QTableWidgetItem(value)
                item.setData(Qt.UserRole, row["path"])
                self.table.setItem(i, col, item)
        if not self.rows:
            self.status.setText(QCoreApplication.translate("BackupsDialog", "No backups yet."))
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> str | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.table.item(min(rows), 0).data(Qt.UserRole) if rows else None

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        run_in_background(self, lambda: backups_svc.backup_now(self.ws), on_success=self._backed_up,
                          on_failure=self._backed_up_failed, label=QCoreApplication.translate("BackupsDialog", "Backing up…"))

    def _backed_up(self, result: Any) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(QCoreApplication.translate("BackupsDialog", "Backup made.") if result else
                            QCoreApplication.translate("BackupsDialog", "No backup could be made: the data fails its check. Restore a backup."))
        self.refresh()

    def _backed_up_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        from .errors import show_error

        show_error(self, exc)

    def restore(self) -> None:
        path = self.chosen()
        if path is None:
            return
        row = next(r for r in self.rows if r["path"] == path)
        when = datetime.fromisoformat(row["time"]).astimezone().strftime(HELSINKI_FMT)
        if not dialogs().confirm(self, QCoreApplication.translate("BackupsDialog", "Restore a backup"), QCoreApplication.translate("BackupsDialog", 
                "Put back the data as it was at %1? Records saved after that are not in it; the current "
                "data is kept aside in the data folder. The program opens the data again.").replace("%1", when)):
            return
        self.accept()
        self.window_.request_restore(path)


def open_backups(window: Any) -> BackupsDialog:
    dialog = BackupsDialog(window)
    dialog.open()
    return dialog

