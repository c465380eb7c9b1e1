"""Turning the mouse wheel over a form scrolls it; it changes a combo or spin box only when
the box has the keyboard focus."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox


def _wheel(widget, steps: int = -1) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_form_past_boxes_without_focus(qtbot, window):
    window.showNormal()
    window.resize(1366, 768)
    form = window.show_page("encounter")
    combos = [c for c in form.findChildren(QComboBox) if c.isVisible()]
    spins = [s for s in form.findChildren(QAbstractSpinBox) if s.isVisible()]
    assert combos and spins
    form.save_button.setFocus()
    bar = form.scroll.verticalScrollBar()
    for box in combos + spins:
        assert box.focusPolicy() == Qt.StrongFocus  # the wheel does not give it the focus
        before = box.currentIndex() if isinstance(box, QComboBox) else box.text()
        bar.setValue(0)
        _wheel(box)
        after = box.currentIndex() if isinstance(box, QComboBox) else box.text()
        assert after == before, box.objectName()
        assert not box.hasFocus()
        if bar.maximum() > 0:
            assert bar.value() > 0, box.objectName()  # the form scrolled instead


def test_a_focused_box_still_takes_the_wheel(qtbot, window):
    form = window.show_page("encounter")
    spin = next(s for s in form.findChildren(QAbstractSpinBox) if s.isVisible() and s.isEnabled())
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    before = spin.text()
    _wheel(spin, 1)
    assert spin.text() != before
