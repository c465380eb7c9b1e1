"""Help menu: About, and opening the data and log folders in the file manager."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

import yhteisoneuvonta

from ..paths import log_dir
from ..records import names



def about(window: Any) -> QMessageBox:
    box = QMessageBox(window)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("HelpMenu", "About Yhteisöneuvonta"))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.setText(QCoreApplication.translate("HelpMenu", "Yhteisöneuvonta %1").replace("%1", yhteisoneuvonta.__version__))
    box.setInformativeText(QCoreApplication.translate("HelpMenu", "Anonymous records for the community advisers of Pirkanmaa wellbeing "
                              "services county and their coordinator. Works without a network.")
                            + "\n\n" + guard_text())
    box.open()
    return box


def guard_text() -> str:
    """Which engine the name guard runs on: a missing Voikko is never silent."""
    status = names.engine_status()
    if status.fallback:
        return QCoreApplication.translate(
            "HelpMenu", "Name guard: Voikko is not available (%1); names are checked against the "
                        "built-in name lists only, which miss more inflected names.").replace("%1", status.detail)
    return QCoreApplication.translate("HelpMenu", "Name guard: Voikko (%1).").replace("%1", status.detail)


def open_folder(path: Any) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_data_folder(window: Any) -> bool:
    return open_folder(window.ctx.ws.data_dir)


def open_log_folder(window: Any) -> bool:
    return open_folder(log_dir(window.ctx.ws.data_dir))
