"""The mouse wheel scrolls the form, not the value under the pointer.

A combo box or spin box changes with the wheel only while it has the keyboard focus; a wheel
turned over one that has not goes to the widget around it (the form's scroll area), and the
wheel no longer gives such a box the focus (Qt.StrongFocus). Installed once, application-wide,
so boxes made later (a row added to a form, a dialog) are covered too."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Wheel and isinstance(obj, GUARDED) and not obj.hasFocus():
            # Qt does not pass a wheel event on to the parents once it is handled here, so it is
            # handed to the nearest scroll area's viewport: the form scrolls instead.
            parent = obj.parentWidget()
            while parent is not None and not isinstance(parent, QAbstractScrollArea):
                parent = parent.parentWidget()
            if parent is not None and not isinstance(parent, QComboBox):
                QCoreApplication.sendEvent(parent.viewport(), event)
            return True
        if kind == QEvent.Polish and isinstance(obj, GUARDED) and obj.focusPolicy() == Qt.WheelFocus:
            obj.setFocusPolicy(Qt.StrongFocus)
        return False


def install(app: QApplication) -> None:
    if app.findChild(WheelGuard, "wheelGuard") is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheelGuard")
        app.installEventFilter(guard)
