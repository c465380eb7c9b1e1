"""The yellow clock warning: shown above the page in the main window and on the send page.

Small and free of the screens, so the main window can make it right after the first frame."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ..sync.clock import clock_warning

if TYPE_CHECKING:
    from ..core.workspace import Workspace


class ClockBanner(QLabel):
    """A yellow warning when this computer's clock is behind a time already seen, or far ahead."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("clockWarning")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff4c2; border: 1px solid #d8b600; padding: 6px;")
        self.hide()

    def refresh(self, ws: Workspace) -> None:
        warning = clock_warning(ws)
        self.setText(QCoreApplication.translate("ReferencePage", "Check this computer's date and time: the "
                                                "times of new records may be wrong.") + (f"\n{warning}" if warning else ""))
        self.setAccessibleName(self.text())
        self.setVisible(bool(warning))
